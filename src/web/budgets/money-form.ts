/**
 * Reads the money fields of a submitted form before anything is sent: each bad amount gets its
 * reason under its own field (the same place a server field error would show), and nothing is
 * sent while any is wrong.
 */
import { parseBahtInput, type MoneyProblem } from './money';

export interface MoneyFieldsResult<N extends string> {
  values: Partial<Record<N, string>>;
  errors: Partial<Record<N, MoneyProblem | 'required'>>;
}

export function readMoneyFields<N extends string>(read: (name: N) => string, names: readonly N[], required: readonly N[] = []): MoneyFieldsResult<N> {
  const values: Partial<Record<N, string>> = {};
  const errors: Partial<Record<N, MoneyProblem | 'required'>> = {};
  for (const name of names) {
    const parsed = parseBahtInput(read(name));
    if (!parsed.ok) errors[name] = parsed.problem;
    else if (parsed.value === null) {
      if (required.includes(name)) errors[name] = 'required';
    } else values[name] = parsed.value;
  }
  return { values, errors };
}

export const hasErrors = (errors: object) => Object.keys(errors).length > 0;
