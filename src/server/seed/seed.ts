import type { Database } from '../db/database.js';
import { seedAreas } from '../areas/areas.seed.js';
import { seedCalendar } from '../calendar/calendar.seed.js';
import { seedFunctions } from '../organisations/functions.seed.js';
import { seedPlanLevels } from '../plans/plan-levels.js';
import { seedReferencePlans } from '../plans/plans.reference-seed.js';
import { seedDemo } from './demo.js';
import { referenceFingerprint } from './reference-fingerprint.js';

/**
 * Reference data every install needs (areas, functions, plan levels, calendar, national plans).
 * Each seeder is idempotent; the whole step is skipped when the shipped files and seeders are the
 * ones last loaded (a restart stays fast).
 */
export async function seedReference(database: Database, options: { force?: boolean } = {}): Promise<void> {
  const fingerprint = referenceFingerprint();
  const state = await database.db.selectFrom('reference_data_state').select('fingerprint').executeTakeFirst();
  if (!options.force && state?.fingerprint === fingerprint) return;
  await seedAreas(database.db);
  await seedFunctions(database.db);
  await seedPlanLevels(database.db);
  await seedCalendar(database.db);
  await seedReferencePlans(database.db);
  await database.db
    .insertInto('reference_data_state')
    .values({ fingerprint })
    .onConflict((oc) => oc.column('singleton').doUpdateSet({ fingerprint, loaded_at: new Date() }))
    .execute();
}

/** True when the database has no users yet: a first start. (Not organisations: the reference seed
 * creates the NESDC organisation that owns the national reference plans.) */
export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

export { seedDemo };
