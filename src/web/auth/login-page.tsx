import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, TextInput } from '../common/fields';
import { fieldErrors, formErrorMessage } from '../common/form-error';
import { LanguageSwitch } from '../app/language-switch';
import { useLogin } from './auth.queries';
import { safeRedirect } from './safe-redirect';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const search = useSearch({ strict: false }) as { redirect?: string };
  const navigate = useNavigate();
  const login = useLogin();

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('common:app.name')}`;
  }, [t]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    login.mutate(
      { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') },
      { onSuccess: () => void navigate({ to: safeRedirect(search.redirect), replace: true }) },
    );
  };

  const error = login.error;
  return (
    <div className="login-layout">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main id="main" className="login-card" tabIndex={-1}>
        <p className="brand brand-large" lang="th">
          ประสาน <span lang="en">Prasan</span>
        </p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(error)} className="form">
          <FormError message={formErrorMessage(error, t)} />
          <TextInput name="email" type="email" label={t('login.email')} autoComplete="username" isRequired autoFocus />
          <TextInput name="password" type="password" label={t('login.password')} autoComplete="current-password" isRequired />
          <Button type="submit" className="button button-primary" isDisabled={login.isPending}>
            {login.isPending ? t('login.signingIn') : t('login.submit')}
          </Button>
        </Form>
      </main>
    </div>
  );
}
