import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import type { OrganisationKind, Tier } from '../../api/enums';
import { FormError } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { organisationKeys, type OrganisationDetail, useUpdateOrganisation } from '../organisations.queries';
import { OrganisationFields, readOrganisationForm } from './organisation-fields';

/** Edits the basic fields, sending the version read: a concurrent change answers 409. */
export function EditOrganisationDialog({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation('organisations');
  const [open, setOpen] = useState(false);
  const update = useUpdateOrganisation(organisation.id);
  const client = useQueryClient();
  const stale = isApiError(update.error) && update.error.status === 409;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { code: _code, ...values } = readOrganisationForm(event.currentTarget);
    update.mutate(
      {
        ...values,
        // an emptied optional field is cleared, not left as it was
        abbreviation: values.abbreviation ?? null,
        website: values.website ?? null,
        kind: values.kind as OrganisationKind,
        tier: values.tier as Tier,
        version: organisation.version,
      },
      { onSuccess: () => setOpen(false) },
    );
  };

  const reload = async () => {
    await client.invalidateQueries({ queryKey: organisationKeys.detail(organisation.id), exact: true });
    update.reset();
    setOpen(false);
  };

  return (
    <>
      <Button
        className="button button-secondary"
        onPress={() => {
          update.reset();
          setOpen(true);
        }}
      >
        {t('edit.open')}
      </Button>
      <FormModal title={t('edit.title')} isOpen={open} onOpenChange={setOpen}>
        {(close) => (
          <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(update.error)} className="form">
            {stale ? (
              <div className="form-error" role="alert">
                <p>
                  <strong>{t('edit.conflictTitle')}</strong>
                </p>
                <p>{update.error?.message}</p>
                <Button className="button button-secondary" onPress={() => void reload()}>
                  {t('edit.reload')}
                </Button>
              </div>
            ) : (
              <FormError message={formErrorMessage(update.error, t)} />
            )}
            <OrganisationFields includeCode={false} initial={organisation} key={organisation.version} />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
                {t('edit.submit')}
              </Button>
            </div>
          </Form>
        )}
      </FormModal>
    </>
  );
}
