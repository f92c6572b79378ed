import { type FormEvent, useCallback, useMemo, useState } from 'react';
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

/**
 * A form's own field errors (found before sending), each dropped as soon as the user types in its
 * field: react-aria hides an error only when the field loses focus, and a message vanishing on the
 * mousedown of the submit button moves the button away before mouseup, swallowing the click.
 */
export function useLocalFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onInput = useCallback((event: FormEvent<HTMLElement>) => {
    const name = (event.target as HTMLInputElement).name;
    if (name) setErrors((current) => (name in current ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== name)) : current));
  }, []);
  return [errors, setErrors, onInput] as const;
}
