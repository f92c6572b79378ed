import type { Database } from '../db/database.js';
import { seedAreas } from '../areas/areas.seed.js';
import { seedFunctions } from '../organisations/functions.seed.js';
import { seedDemo } from './demo.js';

/** Reference data every install needs (areas, functions…). Idempotent: skips what is there. */
export async function seedReference(database: Database): Promise<void> {
  await seedAreas(database.db);
  await seedFunctions(database.db);
}

/** True when the database has no organisations yet: a first start. */
export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return !row;
}

export { seedDemo };
