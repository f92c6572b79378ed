import type { Migration } from '../db/migrate.js';

/**
 * Performance agreements (คำรับรองการปฏิบัติราชการ, DESIGN §3): a principal and an agent
 * organisation, a fiscal year, weighted KPIs on indicators with five-level criteria, a signature
 * from each side, and the year-end scores frozen at evaluation. The service enforces the rules
 * with clear reasons; the checks here are the last line of defence.
 */
export const agreementsMigrations: Migration[] = [
  {
    id: '1200_agreements',
    sql: `
create table agreements (
  id uuid primary key default gen_random_uuid(),
  principal_organisation_id uuid not null references organisations(id),
  agent_organisation_id uuid not null references organisations(id),
  fiscal_year int not null check (fiscal_year between 2400 and 2800),
  period_start date not null,
  period_end date not null,
  title_th text not null,
  title_en text not null,
  status text not null default 'draft' check (status in ('draft','proposed','signed','evaluated')),
  -- frozen at evaluation; live scores are computed from the indicators' actual values before that
  total_score numeric(5,4) check (total_score between 1 and 5),
  evaluated_at timestamptz,
  created_by uuid references users(id) on delete set null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (principal_organisation_id <> agent_organisation_id),
  check (period_end >= period_start),
  check ((status = 'evaluated') = (evaluated_at is not null and total_score is not null))
);
create index agreements_principal_idx on agreements (principal_organisation_id, fiscal_year);
create index agreements_agent_idx on agreements (agent_organisation_id, fiscal_year);

create table agreement_kpis (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references agreements(id) on delete cascade,
  position int not null check (position >= 1),
  indicator_id uuid not null references indicators(id),
  weight numeric(5,2) not null check (weight > 0 and weight <= 100),
  level_1 numeric not null,
  level_2 numeric not null,
  level_3 numeric not null,
  level_4 numeric not null,
  level_5 numeric not null,
  actual_value numeric,
  score numeric(5,4) check (score between 1 and 5),
  unique (agreement_id, position),
  unique (agreement_id, indicator_id),
  check ((level_1 < level_2 and level_2 < level_3 and level_3 < level_4 and level_4 < level_5)
      or (level_1 > level_2 and level_2 > level_3 and level_3 > level_4 and level_4 > level_5))
);
create index agreement_kpis_indicator_idx on agreement_kpis (indicator_id);

-- One signature per side; the signer's name is kept as signed, for the printed agreement.
create table agreement_signatures (
  agreement_id uuid not null references agreements(id) on delete cascade,
  side text not null check (side in ('principal','agent')),
  user_id uuid references users(id) on delete set null,
  signer_name text not null,
  signed_at timestamptz not null default now(),
  primary key (agreement_id, side)
);
`,
  },
];
