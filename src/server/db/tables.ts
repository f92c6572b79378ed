import type { AgreementsTables } from '../agreements/agreements.tables.js';
import type { AccountsTables } from '../accounts/accounts.tables.js';
import type { AreasTables } from '../areas/areas.tables.js';
import type { AuditTables } from '../audit/audit.tables.js';
import type { BudgetsTables } from '../budgets/budgets.tables.js';
import type { CalendarTables } from '../calendar/calendar.tables.js';
import type { CommitteesTables } from '../coordination/committees/committees.tables.js';
import type { OverlapsTables } from '../coordination/overlaps/overlaps.tables.js';
import type { OrganisationsTables } from '../organisations/organisations.tables.js';
import type { PlansTables } from '../plans/plans.tables.js';
import type { IndicatorsTables } from '../indicators/indicators.tables.js';
import type { SeedTables } from '../seed/seed.tables.js';

/** The whole schema as Kysely sees it: each area declares its own tables. */
export interface DB
  extends AreasTables,
    OrganisationsTables,
    AccountsTables,
    AuditTables,
    CommitteesTables,
    PlansTables,
    CalendarTables,
    SeedTables,
    OverlapsTables,
    IndicatorsTables,
    AgreementsTables,
    BudgetsTables {}
