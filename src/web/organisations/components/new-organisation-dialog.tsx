import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind, Tier } from '../../api/enums';
import { FormError } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import { type OrganisationDetail, useCreateOrganisation } from '../organisations.queries';
import { OrganisationFields, readOrganisationForm } from './organisation-fields';

/** "New sub-organisation": creates a child of `parent` and opens its page. */
export function NewOrganisationDialog({ parent }: { parent: OrganisationDetail }) {
  const { t } = useTranslation('organisations');
  const { name } = useLocalized();
  const [open, setOpen] = useState(false);
  const create = useCreateOrganisation();
  const navigate = useNavigate();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readOrganisationForm(event.currentTarget);
    create.mutate(
      { ...values, kind: values.kind as OrganisationKind, tier: values.tier as Tier, parentId: parent.id },
      {
        onSuccess: (created) => {
          setOpen(false);
          void navigate({ to: '/organisations/$id', params: { id: created.id } });
        },
      },
    );
  };

  const openChange = (next: boolean) => {
    if (next) create.reset();
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
            <p className="muted">{t('create.under', { parent: name(parent) })}</p>
            <FormError message={formErrorMessage(create.error, t)} />
            <OrganisationFields includeCode initial={{ tier: parent.tier }} />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
                {t('create.submit')}
              </Button>
            </div>
          </Form>
        )}
      </FormModal>
    </>
  );
}
