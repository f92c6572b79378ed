import { useMemo } from 'react';
import { fieldErrors } from '../common/form-error';

/**
 * The errors a form shows by field: the server's and the ones found before sending. Memoised on
 * purpose: react-aria re-shows a field error the user already corrected whenever it receives a
 * new `validationErrors` object, so a fresh object on every render (e.g. on blur) would bring the
 * message back, move the submit button down mid-click and swallow the click.
 */
export function useValidationErrors(serverError: unknown, local: Record<string, string>): Record<string, string> {
  return useMemo(() => ({ ...fieldErrors(serverError), ...local }), [serverError, local]);
}
