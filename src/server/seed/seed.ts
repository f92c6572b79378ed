import type { Database } from '../db/database.js';
import { seedAreas } from '../areas/areas.seed.js';
import { seedCalendar } from '../calendar/calendar.seed.js';
import { seedFunctions } from '../organisations/functions.seed.js';
import { seedPlanLevels } from '../plans/plan-levels.js';
import { seedReferencePlans } from '../plans/plans.reference-seed.js';
import { seedDemo } from './demo.js';

/** Reference data every install needs (areas, functions…). Idempotent: skips what is there. */
export async function seedReference(database: Database): Promise<void> {
  await seedAreas(database.db);
  await seedFunctions(database.db);
  await seedPlanLevels(database.db);
  await seedCalendar(database.db);
  await seedReferencePlans(database.db);
}

/** True when the database has no users yet: a first start. (Not organisations: the reference seed
 * creates the NESDC organisation that owns the national reference plans.) */
export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

export { seedDemo };
