import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';

export async function areasRoutes(_app: App, _db: Db): Promise<void> {}
