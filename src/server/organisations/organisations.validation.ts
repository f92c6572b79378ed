import { unknownAreaCodes } from '../areas/areas.queries.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError, type FieldProblem } from '../http/errors.js';

/** Collects every "does not exist" problem of the codes a body refers to, then throws once. */
export async function requireKnownCodes(
  db: Db,
  refs: { areaCodes?: string[]; functionCodes?: string[]; countryCode?: string | null },
  pathOf: (field: 'areaCodes' | 'functionCodes', index: number) => string = (field, index) => `${field}.${index}`,
): Promise<void> {
  const problems: FieldProblem[] = [];
  if (refs.areaCodes?.length) {
    const unknown = new Set(await unknownAreaCodes(db, refs.areaCodes));
    refs.areaCodes.forEach((code, i) => {
      if (unknown.has(code)) problems.push({ path: pathOf('areaCodes', i), key: 'validation.not_found' });
    });
  }
  if (refs.functionCodes?.length) {
    const known = new Set((await db.selectFrom('functions').select('code').where('code', 'in', refs.functionCodes).execute()).map((r) => r.code));
    refs.functionCodes.forEach((code, i) => {
      if (!known.has(code)) problems.push({ path: pathOf('functionCodes', i), key: 'validation.not_found' });
    });
  }
  if (refs.countryCode) {
    const country = await db.selectFrom('areas').select('level').where('code', '=', refs.countryCode).executeTakeFirst();
    if (country?.level !== 'country') problems.push({ path: 'countryCode', key: 'organisations.not_a_country' });
  }
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
}

/** A unique-violation on organisations.code raced past the pre-check: answer it as the field error. */
export function isDuplicateCode(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === 'organisations_code_key' || /organisations_code_key/.test(e.message ?? ''));
}

/** A new root (a government, an external partner) is a deployment decision, not a user's. */
export function requireRootAllowed(actor: Actor): void {
  if (actor.via !== 'system') throw new AppError('forbidden', { messageKey: 'organisations.root_forbidden' });
}
