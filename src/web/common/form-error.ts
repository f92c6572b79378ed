import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error';

/** The sentence above a form after a failed submit; field reasons show beside their fields. */
export function formErrorMessage(error: unknown, t: TFunction): string | null {
  if (!error) return null;
  if (!isApiError(error)) return t('common:states.error');
  if (error.code === 'validation_failed' && error.fields.length > 0) return t('common:form.fixFields');
  return error.message;
}

export const fieldErrors = (error: unknown) => (isApiError(error) ? error.fieldErrors() : undefined);
