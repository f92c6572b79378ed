import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { type PickerOption, SearchPicker } from '../../common/search-picker';
import { useLocalized } from '../../common/use-localized';
import { type ElementView, LINKAGE_MODES, type LinkageMode, useCreateLinkage, useElementSearch } from '../plans.queries';

/** Targets the server offers for this element: higher-level plans only, never its own plan. */
function targetOptionsHook(elementId: string) {
  // biome-ignore lint/correctness/noComponentHookFactories: the picker takes a hook; this one is bound to the element being linked, and its hook calls are always in the same order
  return function useOptions(q: string) {
    const { t } = useTranslation('plans');
    const { language } = useLocalized();
    const search = useElementSearch(q, elementId);
    const options: PickerOption[] = q
      ? (search.data ?? []).map((e) => ({
          id: e.id,
          label: `${e.code ? `${e.code} ` : ''}${language === 'th' ? e.titleTh : e.titleEn}`,
          detail: `${t(`kinds.${e.kind}`)} · ${language === 'th' ? e.planTitleTh : e.planTitleEn}`,
        }))
      : [];
    return { options, isFetching: search.isFetching };
  };
}

/** "Link upward": the target, how this element relates to it (mode), its weight in per cent, and why. */
export function LinkDialog({ element }: { element: ElementView }) {
  const { t } = useTranslation('plans');
  const [open, setOpen] = useState(false);
  const [targetId, setTargetId] = useState('');
  // one hook per dialog, fixed for its lifetime (SearchPicker calls it on every render)
  const [useOptions] = useState(() => targetOptionsHook(element.id));
  const create = useCreateLinkage(element.id);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rationale = String(form.get('rationale') ?? '').trim();
    create.mutate(
      { targetElementId: targetId, mode: String(form.get('mode')) as LinkageMode, weight: Number(form.get('weight')), rationale: rationale || null },
      { onSuccess: () => setOpen(false) },
    );
  };
  const openChange = (next: boolean) => {
    if (next) {
      create.reset();
      setTargetId('');
    }
    setOpen(next);
  };

  return (
    <>
      <Button className="button button-primary" onPress={() => openChange(true)}>
        {t('link.open')}
      </Button>
      <FormModal title={t('link.title')} isOpen={open} onOpenChange={openChange}>
        {(close) => (
          <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(create.error)} className="form">
            <FormError message={formErrorMessage(create.error, t)} />
            <SearchPicker
              label={t('link.target')}
              name="targetElementId"
              isRequired
              description={t('link.targetHint')}
              useOptions={useOptions}
              onSelect={(o) => setTargetId(o?.id ?? '')}
            />
            <SelectInput
              label={t('link.mode')}
              name="mode"
              isRequired
              defaultValue="link"
              options={LINKAGE_MODES.map((m) => ({ id: m, label: t(`modes.${m}`) }))}
              description={t('link.modeHint')}
            />
            <TextInput label={t('link.weight')} name="weight" type="number" isRequired defaultValue="100" description={t('link.weightHint')} />
            <TextField className="field" name="rationale">
              <Label>{t('link.rationale')}</Label>
              <TextArea rows={3} />
              <FieldError className="field-error" />
            </TextField>
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={create.isPending || !targetId}>
                {t('link.submit')}
              </Button>
            </div>
          </Form>
        )}
      </FormModal>
    </>
  );
}
