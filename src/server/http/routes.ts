import { accountsRoutes } from '../accounts/accounts.routes.js';
import { areasRoutes } from '../areas/areas.routes.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { committeesRoutes } from '../coordination/committees/committees.routes.js';
import type { Database } from '../db/database.js';
import { organisationsRoutes } from '../organisations/organisations.routes.js';
import { calendarRoutes } from '../calendar/calendar.routes.js';
import { overlapsRoutes } from '../coordination/overlaps/overlaps.routes.js';
import { plansRoutes } from '../plans/plans.routes.js';
import { indicatorsRoutes } from '../indicators/indicators.routes.js';
import type { App } from './app.js';
import { healthRoutes } from './health.routes.js';

/** Every area's routes under /api/v1. */
export async function registerRoutes(api: App, database: Database): Promise<void> {
  const db = database.db;
  await api.register(async (r) => healthRoutes(r as App, database));
  await api.register(async (r) => accountsRoutes(r as App, db));
  await api.register(async (r) => auditRoutes(r as App, db));
  await api.register(async (r) => areasRoutes(r as App, db));
  await api.register(async (r) => organisationsRoutes(r as App, db));
  await api.register(async (r) => committeesRoutes(r as App, db));
  await api.register(async (r) => plansRoutes(r as App, db));
  await api.register(async (r) => calendarRoutes(r as App, db));
  await api.register(async (r) => overlapsRoutes(r as App, db));
  await api.register(async (r) => indicatorsRoutes(r as App, db));
}
