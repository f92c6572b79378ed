import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import { hasRole, useMe } from '../../auth/auth.queries';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { fiscalYearOf } from '../../../shared/fiscal-year';
import { useCreatePlan, usePlanLevels } from '../plans.queries';

/** "New plan": a draft for an organisation the planner works for; opens the new plan. */
export function NewPlanDialog() {
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const me = useMe().data;
  const [open, setOpen] = useState(false);
  const [ownerId, setOwnerId] = useState('');
  const levels = usePlanLevels();
  const create = useCreatePlan();
  const navigate = useNavigate();
  if (!hasRole(me, 'admin', 'planner')) return null;
  const thisYear = fiscalYearOf(new Date());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      {
        ownerOrganisationId: ownerId,
        levelCode: String(form.get('levelCode') ?? ''),
        fyStart: Number(form.get('fyStart')),
        fyEnd: Number(form.get('fyEnd')),
        titleTh: String(form.get('titleTh') ?? ''),
        titleEn: String(form.get('titleEn') ?? ''),
      },
      {
        onSuccess: (plan) => {
          setOpen(false);
          void navigate({ to: '/plans/$id', params: { id: plan.id } });
        },
      },
    );
  };
  const openChange = (next: boolean) => {
    if (next) {
      create.reset();
      setOwnerId('');
    }
    setOpen(next);
  };

  return (
    <>
      <Button className="button button-primary" onPress={() => openChange(true)}>
        {t('create.open')}
      </Button>
      <FormModal title={t('create.title')} isOpen={open} onOpenChange={openChange}>
        {(close) => (
          <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(create.error)} className="form">
            <FormError message={formErrorMessage(create.error, t)} />
            <OrganisationPicker label={t('fields.owner')} name="ownerOrganisationId" isRequired onSelect={(o) => setOwnerId(o?.id ?? '')} />
            <SelectInput
              label={t('fields.level')}
              name="levelCode"
              isRequired
              options={(levels.data ?? []).filter((l) => l.rank < 100).map((l) => ({ id: l.code, label: language === 'th' ? l.nameTh : l.nameEn }))}
            />
            <div className="field-row">
              <TextInput label={t('fields.fyStart')} name="fyStart" type="number" isRequired defaultValue={String(thisYear)} description={t('fields.fyHint')} />
              <TextInput label={t('fields.fyEnd')} name="fyEnd" type="number" isRequired defaultValue={String(thisYear + 3)} />
            </div>
            <TextInput label={t('fields.titleTh')} name="titleTh" isRequired />
            <TextInput label={t('fields.titleEn')} name="titleEn" isRequired />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={create.isPending || !ownerId}>
                {t('create.submit')}
              </Button>
            </div>
          </Form>
        )}
      </FormModal>
    </>
  );
}
