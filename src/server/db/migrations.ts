import { agreementsMigrations } from '../agreements/agreements.migrations.js';
import { accountsMigrations } from '../accounts/accounts.migrations.js';
import { areasMigrations } from '../areas/areas.migrations.js';
import { auditMigrations } from '../audit/audit.migrations.js';
import { budgetsMigrations } from '../budgets/budgets.migrations.js';
import { organisationsMigrations } from '../organisations/organisations.migrations.js';
import { committeesMigrations } from '../coordination/committees/committees.migrations.js';
import { calendarMigrations } from '../calendar/calendar.migrations.js';
import { overlapsMigrations } from '../coordination/overlaps/overlaps.migrations.js';
import { plansMigrations } from '../plans/plans.migrations.js';
import { indicatorsMigrations } from '../indicators/indicators.migrations.js';
import { seedMigrations } from '../seed/seed.migrations.js';
import { rollupsMigrations } from '../indicators/rollups.migrations.js';
import type { Migration } from './migrate.js';

/** Every area's migrations; `migrate` orders them by id. */
export const migrations: Migration[] = [
  ...seedMigrations,
  ...areasMigrations,
  ...organisationsMigrations,
  ...accountsMigrations,
  ...auditMigrations,
  ...committeesMigrations,
  ...plansMigrations,
  ...calendarMigrations,
  ...overlapsMigrations,
  ...indicatorsMigrations,
  ...agreementsMigrations,
  ...budgetsMigrations,
  ...rollupsMigrations,
];
