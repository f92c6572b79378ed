import type { Db } from '../db/database.js';

/** Loads the function taxonomy: COFOG, Thai budget functions, district mission groups. */
export async function seedFunctions(_db: Db): Promise<void> {}
