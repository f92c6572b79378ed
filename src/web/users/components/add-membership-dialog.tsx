import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/enums';
import { FormError } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { type UserView, useAddMembership } from '../users.queries';
import { RoleSelect } from './role-select';

export function AddMembershipDialog({ user }: { user: UserView }) {
  const { t } = useTranslation('users');
  const [open, setOpen] = useState(false);
  const add = useAddMembership();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    add.mutate(
      { userId: user.id, organisationId: String(data.get('organisationId') ?? ''), role: String(data.get('role') ?? '') as Role },
      { onSuccess: () => setOpen(false) },
    );
  };

  return (
    <>
      <Button
        className="button button-small"
        onPress={() => {
          add.reset();
          setOpen(true);
        }}
        aria-label={t('membership.addFor', { name: user.name })}
      >
        {t('membership.add')}
      </Button>
      <FormModal title={t('membership.title', { name: user.name })} isOpen={open} onOpenChange={setOpen}>
        {(close) => (
          <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(add.error)} className="form">
            <FormError message={formErrorMessage(add.error, t)} />
            <OrganisationPicker name="organisationId" label={t('fields.organisation', { n: '' })} isRequired onSelect={() => undefined} />
            <RoleSelect name="role" label={t('fields.role', { n: '' })} />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={add.isPending}>
                {t('membership.submit')}
              </Button>
            </div>
          </Form>
        )}
      </FormModal>
    </>
  );
}
