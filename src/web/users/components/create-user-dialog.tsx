import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/enums';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { useCreateUser } from '../users.queries';
import { RoleSelect } from './role-select';

/** New user with one or more memberships (organisation + role). */
export function CreateUserDialog() {
  const { t } = useTranslation('users');
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<number[]>([0]);
  const create = useCreateUser();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '').trim();
    create.mutate(
      {
        email: text('email'),
        name: text('name'),
        password: String(data.get('password') ?? ''),
        locale: text('locale') === 'en' ? 'en' : 'th',
        memberships: rows.map((_, i) => ({ organisationId: text(`memberships.${i}.organisationId`), role: text(`memberships.${i}.role`) as Role })),
      },
      { onSuccess: () => setOpen(false) },
    );
  };

  const openChange = (next: boolean) => {
    if (next) {
      create.reset();
      setRows([0]);
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
            <div className="form-grid">
              <TextInput name="name" label={t('fields.name')} isRequired maxLength={200} />
              <TextInput name="email" type="email" label={t('fields.email')} isRequired maxLength={254} />
              <TextInput
                name="password"
                type="password"
                label={t('fields.password')}
                description={t('fields.passwordHint')}
                isRequired
                minLength={10}
                autoComplete="new-password"
              />
              <SelectInput
                name="locale"
                label={t('fields.locale')}
                defaultValue="th"
                options={[
                  { id: 'th', label: 'ไทย' },
                  { id: 'en', label: 'English' },
                ]}
              />
            </div>
            <fieldset className="fieldset">
              <legend>{t('fields.memberships')}</legend>
              {rows.map((row, i) => (
                <div className="form-grid membership-row" key={row}>
                  <OrganisationPicker
                    name={`memberships.${i}.organisationId`}
                    label={t('fields.organisation', { n: i + 1 })}
                    isRequired
                    onSelect={() => undefined}
                  />
                  <RoleSelect name={`memberships.${i}.role`} label={t('fields.role', { n: i + 1 })} />
                  {rows.length > 1 && (
                    <Button className="button button-ghost" onPress={() => setRows(rows.filter((r) => r !== row))}>
                      {t('create.removeMembership', { n: i + 1 })}
                    </Button>
                  )}
                </div>
              ))}
              <Button className="button button-secondary" onPress={() => setRows([...rows, Math.max(...rows) + 1])}>
                {t('create.addMembership')}
              </Button>
            </fieldset>
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
