import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AREA_BREAKDOWNS, INDICATOR_DIRECTIONS, INDICATOR_KINDS, INDICATOR_UNITS, ROLLUP_RULES } from '../../../shared/results';
import { fiscalYearLabel } from '../../../shared/fiscal-year';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { type CreateIndicatorBody, type IndicatorView, useCreateIndicator, useUpdateIndicator } from './indicators.queries';
import { type TargetRow, TargetsEditor, usePeriodOptions } from './targets-editor';

export type IndicatorDialogState = { mode: 'add' } | { mode: 'edit'; indicator: IndicatorView } | null;

interface Props {
  elementId: string;
  plan: { fyStart: number; fyEnd: number };
  /** indicators of the elements directly above, which this one may contribute to */
  candidates: IndicatorView[];
  state: IndicatorDialogState;
  onClose: () => void;
}

const NONE = 'none';

/** Adds or edits an indicator of an element with its targets per period; the API's reasons show beside the fields. */
export function IndicatorDialog({ elementId, plan, candidates, state, onClose }: Props) {
  const { t } = useTranslation('results');
  const { name, language } = useLocalized();
  const create = useCreateIndicator(elementId);
  const update = useUpdateIndicator(state?.mode === 'edit' ? state.indicator.id : '');
  const mutation = state?.mode === 'edit' ? update : create;
  const initial = state?.mode === 'edit' ? state.indicator : null;
  const [targets, setTargets] = useState<TargetRow[]>([]);
  const [responsibleId, setResponsibleId] = useState('');
  const [openedFor, setOpenedFor] = useState<IndicatorDialogState>(null);
  // reset the controlled parts each time the dialog opens for another indicator
  if (state !== openedFor) {
    setOpenedFor(state);
    setTargets((initial?.targets ?? []).filter((x) => !x.areaCode).map((x, i) => ({ key: i, period: x.period, value: x.value })));
    setResponsibleId('');
  }
  const periods = usePeriodOptions(plan.fyStart, plan.fyEnd);
  const years = Array.from({ length: plan.fyEnd - plan.fyStart + 6 }, (_, i) => plan.fyStart - 5 + i);
  // a baseline year set outside this range (through the API) stays selectable, so saving keeps it
  if (initial?.baselineFy && !years.includes(initial.baselineFy)) years.unshift(initial.baselineFy);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const choice = (key: string) => (text(key) && text(key) !== NONE ? text(key) : null);
    const contributesTo = choice('contributesToIndicatorId');
    const fields: CreateIndicatorBody = {
      code: text('code') || null,
      nameTh: text('nameTh'),
      nameEn: text('nameEn'),
      kind: text('kind') as CreateIndicatorBody['kind'],
      unit: text('unit') as CreateIndicatorBody['unit'],
      direction: text('direction') as CreateIndicatorBody['direction'],
      rollupRule: text('rollupRule') as CreateIndicatorBody['rollupRule'],
      baselineValue: text('baselineValue') || null,
      baselineFy: choice('baselineFy') ? Number(choice('baselineFy')) : null,
      areaBreakdown: choice('areaBreakdown') as CreateIndicatorBody['areaBreakdown'],
      contributesToIndicatorId: contributesTo,
      ...(contributesTo && text('contributionWeight') ? { contributionWeight: Number(text('contributionWeight')) } : {}),
      ...(responsibleId ? { responsibleOrganisationId: responsibleId } : {}),
      // area-specific targets are kept as they are: this form edits the whole-plan targets only
      targets: [
        ...targets.map((r) => ({ period: r.period, value: r.value.trim() })),
        ...(initial?.targets ?? []).filter((x) => x.areaCode).map((x) => ({ period: x.period, areaCode: x.areaCode, value: x.value })),
      ],
    };
    const done = { onSuccess: onClose };
    if (state?.mode === 'edit') update.mutate({ ...fields, version: state.indicator.version }, done);
    else create.mutate(fields, done);
  };

  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => ({ id: v, label: t(`${prefix}.${v}`) }));
  const heading = state?.mode === 'edit' ? t('editor.editTitle', { name: name(state.indicator) }) : t('editor.addTitle');

  return (
    <FormModal
      title={heading}
      isOpen={state !== null}
      onOpenChange={(open) => {
        if (!open) {
          create.reset();
          update.reset();
          onClose();
        }
      }}
    >
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(mutation.error)} className="form">
          <FormError message={formErrorMessage(mutation.error, t)} />
          <TextInput label={t('editor.code')} name="code" defaultValue={initial?.code ?? ''} />
          <TextInput label={t('editor.nameTh')} name="nameTh" isRequired defaultValue={initial?.nameTh ?? ''} />
          <TextInput label={t('editor.nameEn')} name="nameEn" isRequired defaultValue={initial?.nameEn ?? ''} />
          <div className="field-row">
            <SelectInput
              label={t('editor.kind')}
              name="kind"
              isRequired
              defaultValue={initial?.kind ?? 'output'}
              options={options(INDICATOR_KINDS, 'indicatorKind')}
            />
            <SelectInput
              label={t('editor.unit')}
              name="unit"
              isRequired
              defaultValue={initial?.unit ?? 'count'}
              options={options(INDICATOR_UNITS, 'unitName')}
            />
            <SelectInput
              label={t('editor.direction')}
              name="direction"
              isRequired
              defaultValue={initial?.direction ?? 'up'}
              options={options(INDICATOR_DIRECTIONS, 'direction')}
            />
            <SelectInput
              label={t('editor.rollupRule')}
              name="rollupRule"
              isRequired
              defaultValue={initial?.rollupRule ?? 'sum'}
              options={options(ROLLUP_RULES, 'rollupRule')}
            />
          </div>
          <div className="field-row">
            <TextInput
              label={t('editor.baselineValue')}
              name="baselineValue"
              inputMode="decimal"
              description={t('editor.decimalHint')}
              defaultValue={initial?.baselineValue ?? ''}
            />
            <SelectInput
              label={t('editor.baselineFy')}
              name="baselineFy"
              defaultValue={initial?.baselineFy ? String(initial.baselineFy) : NONE}
              options={[{ id: NONE, label: t('editor.none') }, ...years.map((y) => ({ id: String(y), label: fiscalYearLabel(y, language) }))]}
            />
          </div>
          <OrganisationPicker label={t('editor.responsible')} name="responsibleOrganisationId" onSelect={(o) => setResponsibleId(o?.id ?? '')} />
          <p className="muted">
            {initial
              ? t('editor.responsibleNow', { name: name({ nameTh: initial.responsibleNameTh, nameEn: initial.responsibleNameEn }) })
              : t('editor.responsibleDefault')}
          </p>
          <SelectInput
            label={t('editor.areaBreakdown')}
            name="areaBreakdown"
            defaultValue={initial?.areaBreakdown ?? NONE}
            description={t('editor.areaBreakdownHint')}
            options={[{ id: NONE, label: t('editor.noBreakdown') }, ...options(AREA_BREAKDOWNS, 'areaLevel')]}
          />
          <div className="field-row">
            <SelectInput
              label={t('editor.contributesTo')}
              name="contributesToIndicatorId"
              defaultValue={initial?.contributesToIndicatorId ?? NONE}
              options={[{ id: NONE, label: t('editor.none') }, ...candidates.map((c) => ({ id: c.id, label: name(c) }))]}
            />
            <TextInput label={t('editor.weight')} name="contributionWeight" inputMode="decimal" defaultValue={initial ? initial.contributionWeight : '1'} />
          </div>
          <TargetsEditor rows={targets} onChange={setTargets} periods={periods} />
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={mutation.isPending}>
              {t('editor.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
