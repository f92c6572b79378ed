import type { Db } from '../db/database.js';

/** Loads the ASEAN member states and Thailand's provinces, districts and subdistricts. */
export async function seedAreas(_db: Db): Promise<void> {}
