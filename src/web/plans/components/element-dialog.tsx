import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { areaCodesFrom } from '../../coordination/components/area-codes-field';
import { OverlapWarning } from '../../coordination/overlap-warning';
import { useTitle } from '../plan-access';
import { ELEMENT_KINDS, type ElementKind, type ElementView, useAddElement, useUpdateElement } from '../plans.queries';

export type ElementDialogState = { mode: 'add'; parent: ElementView | null } | { mode: 'edit'; element: ElementView } | null;

const PRIORITIES = ['1', '2', '3', '4', '5'];

/** Adds a child element (or a top-level one) or edits an element: kind, titles, dates, priorities. */
export function ElementDialog({ planId, state, onClose }: { planId: string; state: ElementDialogState; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const add = useAddElement(planId);
  const update = useUpdateElement(state?.mode === 'edit' ? state.element.id : '');
  const mutation = state?.mode === 'edit' ? update : add;
  const initial = state?.mode === 'edit' ? state.element : null;
  const parentKind = state?.mode === 'add' ? state.parent?.kind : undefined;
  const defaultKind: ElementKind =
    initial?.kind ?? (parentKind ? ELEMENT_KINDS[Math.min(ELEMENT_KINDS.indexOf(parentKind) + 1, ELEMENT_KINDS.length - 1)] : 'strategy');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => text(name) || null;
    const priority = (name: string) => (PRIORITIES.includes(text(name)) ? Number(text(name)) : null);
    const fields = {
      titleTh: text('titleTh'),
      titleEn: text('titleEn'),
      code: optional('code'),
      startsOn: optional('startsOn'),
      endsOn: optional('endsOn'),
      governmentPriority: priority('governmentPriority'),
      areaPriority: priority('areaPriority'),
      ...areaCodesFrom(form),
    };
    const done = { onSuccess: onClose };
    if (state?.mode === 'edit') update.mutate({ ...fields, version: state.element.version }, done);
    else add.mutate({ ...fields, kind: text('kind') as ElementKind, parentId: state?.mode === 'add' ? (state.parent?.id ?? null) : null }, done);
  };
  const priorityOptions = [{ id: 'none', label: t('element.noPriority') }, ...PRIORITIES.map((p) => ({ id: p, label: t(`element.priority${p}`) }))];
  const heading = state?.mode === 'edit' ? t('element.editTitle') : t('element.addTitle');
  const title = useTitle();

  return (
    <FormModal
      title={heading}
      isOpen={state !== null}
      onOpenChange={(open) => {
        if (!open) {
          add.reset();
          update.reset();
          onClose();
        }
      }}
    >
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(mutation.error)} className="form">
          {state?.mode === 'add' && state.parent && <p className="muted">{t('element.under', { parent: title(state.parent) })}</p>}
          <FormError message={formErrorMessage(mutation.error, t)} />
          {state?.mode !== 'edit' && (
            <SelectInput
              label={t('fields.kind')}
              name="kind"
              isRequired
              defaultValue={defaultKind}
              options={ELEMENT_KINDS.map((k) => ({ id: k, label: t(`kinds.${k}`) }))}
            />
          )}
          <TextInput label={t('fields.code')} name="code" defaultValue={initial?.code ?? ''} />
          <TextInput label={t('fields.titleTh')} name="titleTh" isRequired defaultValue={initial?.titleTh ?? ''} />
          <TextInput label={t('fields.titleEn')} name="titleEn" isRequired defaultValue={initial?.titleEn ?? ''} />
          <div className="field-row">
            <TextInput label={t('fields.startsOn')} name="startsOn" type="date" defaultValue={initial?.startsOn ?? ''} />
            <TextInput label={t('fields.endsOn')} name="endsOn" type="date" defaultValue={initial?.endsOn ?? ''} />
          </div>
          <OverlapWarning
            planId={planId}
            elementId={initial?.id}
            initialAreaCodes={initial?.areaCodes ?? (state?.mode === 'add' ? (state.parent?.areaCodes ?? []) : [])}
          />
          <div className="field-row">
            <SelectInput
              label={t('fields.governmentPriority')}
              name="governmentPriority"
              defaultValue={initial?.governmentPriority ? String(initial.governmentPriority) : 'none'}
              options={priorityOptions}
            />
            <SelectInput
              label={t('fields.areaPriority')}
              name="areaPriority"
              defaultValue={initial?.areaPriority ? String(initial.areaPriority) : 'none'}
              options={priorityOptions}
            />
          </div>
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={mutation.isPending}>
              {t('element.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
