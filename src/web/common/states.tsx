import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </p>
  );
}

/** A failed load: the server's message when it gave one (already in the UI language). */
export function ErrorState({ error, children }: { error: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  const message = isApiError(error) ? error.message : t('states.error');
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {children}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}
