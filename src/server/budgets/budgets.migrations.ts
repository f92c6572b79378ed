import type { Migration } from '../db/migrate.js';
import { BUDGET_SOURCES, TRANSFER_STATUSES } from '../../shared/enums.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');

export const budgetsMigrations: Migration[] = [
  {
    id: '2000_budgets',
    sql: `
-- Money per plan element and Thai fiscal year (BE), by source. Amounts are in the line's currency;
-- the *_thb columns are the baht equivalents (kept by the database, never by hand) and are what
-- every roll-up, check and flow adds up.
create table budget_lines (
  id uuid primary key default gen_random_uuid(),
  element_id uuid not null references plan_elements(id) on delete cascade,
  -- copied from the element's plan (an element never changes plan, a plan never changes owner or
  -- level) so roll-ups, scope filters and the flow aggregates need no join
  plan_id uuid not null references plans(id) on delete cascade,
  organisation_id uuid not null references organisations(id),
  level_code text not null references plan_levels(code),
  fiscal_year int not null check (fiscal_year between 2400 and 2700),
  source text not null check (source in (${list(BUDGET_SOURCES)})),
  currency text not null default 'THB' check (currency ~ '^[A-Z]{3}$'),
  -- baht per unit of the currency, on rate_date
  exchange_rate numeric(18,6) check (exchange_rate > 0),
  rate_date date,
  requested numeric(18,2) not null default 0 check (requested >= 0),
  allocated numeric(18,2) not null default 0 check (allocated >= 0),
  committed numeric(18,2) not null default 0 check (committed >= 0),
  disbursed numeric(18,2) not null default 0 check (disbursed >= 0),
  requested_thb numeric(24,2) generated always as (round(requested * coalesce(exchange_rate, 1), 2)) stored,
  allocated_thb numeric(24,2) generated always as (round(allocated * coalesce(exchange_rate, 1), 2)) stored,
  committed_thb numeric(24,2) generated always as (round(committed * coalesce(exchange_rate, 1), 2)) stored,
  disbursed_thb numeric(24,2) generated always as (round(disbursed * coalesce(exchange_rate, 1), 2)) stored,
  note text,
  version int not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((currency = 'THB' and exchange_rate is null and rate_date is null)
      or (currency <> 'THB' and exchange_rate is not null and rate_date is not null))
);
create index budget_lines_element_idx on budget_lines (element_id, fiscal_year);
create index budget_lines_org_idx on budget_lines (organisation_id, fiscal_year);
create index budget_lines_plan_idx on budget_lines (plan_id, fiscal_year);

-- Money moving from one organisation to another (the budget flow), tied to the elements it funds.
create table budget_transfers (
  id uuid primary key default gen_random_uuid(),
  from_organisation_id uuid not null references organisations(id),
  to_organisation_id uuid not null references organisations(id),
  fiscal_year int not null check (fiscal_year between 2400 and 2700),
  amount numeric(18,2) not null check (amount > 0),
  transfer_date date not null,
  status text not null default 'planned' check (status in (${list(TRANSFER_STATUSES)})),
  note text,
  version int not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (from_organisation_id <> to_organisation_id)
);
create index budget_transfers_from_idx on budget_transfers (from_organisation_id, fiscal_year);
create index budget_transfers_to_idx on budget_transfers (to_organisation_id, fiscal_year);
create index budget_transfers_fy_idx on budget_transfers (fiscal_year);

create table budget_transfer_elements (
  transfer_id uuid not null references budget_transfers(id) on delete cascade,
  element_id uuid not null references plan_elements(id) on delete cascade,
  primary key (transfer_id, element_id)
);
create index budget_transfer_elements_element_idx on budget_transfer_elements (element_id);

-- Resources offered by partners (donors, dialogue partners) to a programme.
create table budget_pledges (
  id uuid primary key default gen_random_uuid(),
  element_id uuid not null references plan_elements(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  partner_organisation_id uuid not null references organisations(id),
  fiscal_year int not null check (fiscal_year between 2400 and 2700),
  currency text not null default 'THB' check (currency ~ '^[A-Z]{3}$'),
  exchange_rate numeric(18,6) check (exchange_rate > 0),
  rate_date date,
  pledged numeric(18,2) not null default 0 check (pledged >= 0),
  committed numeric(18,2) not null default 0 check (committed >= 0),
  received numeric(18,2) not null default 0 check (received >= 0),
  pledged_thb numeric(24,2) generated always as (round(pledged * coalesce(exchange_rate, 1), 2)) stored,
  committed_thb numeric(24,2) generated always as (round(committed * coalesce(exchange_rate, 1), 2)) stored,
  received_thb numeric(24,2) generated always as (round(received * coalesce(exchange_rate, 1), 2)) stored,
  note text,
  version int not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((currency = 'THB' and exchange_rate is null and rate_date is null)
      or (currency <> 'THB' and exchange_rate is not null and rate_date is not null))
);
create index budget_pledges_element_idx on budget_pledges (element_id, fiscal_year);
create index budget_pledges_plan_idx on budget_pledges (plan_id);
`,
  },
  {
    id: '2001_budget_flow_aggregates',
    sql: `
-- The budget flow reads these small tables instead of the budget lines (millions of rows).
-- budget_flow_totals: allocated baht per (fiscal year, source, plan level, organisation).
create table budget_flow_totals (
  fiscal_year int not null,
  source text not null,
  level_code text not null,
  organisation_id uuid not null references organisations(id) on delete cascade,
  allocated numeric not null default 0,
  primary key (fiscal_year, source, level_code, organisation_id)
);
-- budget_flow_strategies: allocated baht per (fiscal year, organisation, national strategy),
-- weighted by linkage weights along every upward path; the zero uuid stands for "reaches no
-- national strategy" (the unlinked remainder).
create table budget_flow_strategies (
  fiscal_year int not null,
  organisation_id uuid not null references organisations(id) on delete cascade,
  strategy_id uuid not null,
  allocated numeric not null default 0,
  primary key (fiscal_year, organisation_id, strategy_id)
);
-- How much of one baht on an element reaches each top national strategy (cached per budgeted element).
create table budget_element_shares (
  element_id uuid not null references plan_elements(id) on delete cascade,
  strategy_id uuid not null,
  share numeric not null,
  primary key (element_id, strategy_id)
);
-- One row: set when plan structure (linkages, tree moves, deletions) changes, so the next flow
-- read rebuilds shares and strategy cells in one set-based pass.
create table budget_flow_state (
  id int primary key check (id = 1),
  stale boolean not null default false
);
insert into budget_flow_state (id, stale) values (1, false);

-- The shares of one element: every upward path (tree parents weight 1, linkages weight/100) to a
-- top element of the national strategy, summed per strategy; the rest goes to the zero uuid.
create function budget_shares_of(p_element uuid) returns table (strategy_id uuid, share numeric)
language sql stable as $$
  with recursive up(id, share) as (
    select p_element, 1::numeric
    union all
    select x.up, up.share * x.w from up join lateral (
      select e.parent_id as up, 1::numeric as w from plan_elements e where e.id = up.id and e.parent_id is not null
      union all
      select l.target_element_id, l.weight * 0.01 from plan_linkages l where l.source_element_id = up.id
    ) x on true
  ), reached as (
    select up.id as strategy_id, sum(up.share) as share
    from up join plan_elements e on e.id = up.id join plans p on p.id = e.plan_id
    where p.level_code = 'national_strategy' and e.parent_id is null
    group by up.id
  )
  select strategy_id, share from reached
  union all
  select '00000000-0000-0000-0000-000000000000'::uuid, 1 - coalesce((select sum(share) from reached), 0)
  where coalesce((select sum(share) from reached), 0) < 1
$$;

create function budget_flow_add(p_element uuid, p_fy int, p_source text, p_level text, p_org uuid, p_amount numeric)
returns void language plpgsql as $$
begin
  if p_amount = 0 then return; end if;
  insert into budget_flow_totals (fiscal_year, source, level_code, organisation_id, allocated)
    values (p_fy, p_source, p_level, p_org, p_amount)
    on conflict (fiscal_year, source, level_code, organisation_id)
    do update set allocated = budget_flow_totals.allocated + excluded.allocated;
  -- an element being deleted has no shares any more; its deletion marks the flow stale anyway
  if not exists (select 1 from budget_element_shares where element_id = p_element)
     and exists (select 1 from plan_elements where id = p_element) then
    insert into budget_element_shares (element_id, strategy_id, share)
      select p_element, s.strategy_id, s.share from budget_shares_of(p_element) s;
  end if;
  insert into budget_flow_strategies (fiscal_year, organisation_id, strategy_id, allocated)
    select p_fy, p_org, s.strategy_id, p_amount * s.share from budget_element_shares s where s.element_id = p_element
    on conflict (fiscal_year, organisation_id, strategy_id)
    do update set allocated = budget_flow_strategies.allocated + excluded.allocated;
end $$;

-- Every writer of budget lines (service, demo, bulk loads) keeps the aggregates in its own transaction.
create function budget_lines_keep_flow() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform budget_flow_add(old.element_id, old.fiscal_year, old.source, old.level_code, old.organisation_id, -old.allocated_thb);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform budget_flow_add(new.element_id, new.fiscal_year, new.source, new.level_code, new.organisation_id, new.allocated_thb);
  end if;
  return null;
end $$;
create trigger budget_lines_keep_flow after insert or update or delete on budget_lines
  for each row execute function budget_lines_keep_flow();

-- Plan structure changes move money between strategies: mark the shares stale (no lock when already stale).
create function budget_flow_mark_stale() returns trigger language plpgsql as $$
begin
  update budget_flow_state set stale = true where id = 1 and not stale;
  return null;
end $$;
create trigger plan_linkages_budget_stale after insert or update or delete on plan_linkages
  for each statement execute function budget_flow_mark_stale();
create trigger plan_elements_budget_stale after update of parent_id or delete on plan_elements
  for each statement execute function budget_flow_mark_stale();
`,
  },
  {
    id: '2002_budget_flow_national_totals',
    sql: `
-- The national flow reads only these few rows: money per (fy, source, level), per (fy, organisation)
-- for choosing the largest organisations by index, and per (fy, strategy) so that everything not
-- drawn as its own organisation is the total minus the drawn ones.
create table budget_flow_sources (
  fiscal_year int not null,
  source text not null,
  level_code text not null,
  allocated numeric not null default 0,
  primary key (fiscal_year, source, level_code)
);
create table budget_flow_organisations (
  fiscal_year int not null,
  organisation_id uuid not null references organisations(id) on delete cascade,
  allocated numeric not null default 0,
  primary key (fiscal_year, organisation_id)
);
create index budget_flow_organisations_rank_idx on budget_flow_organisations (fiscal_year, allocated desc, organisation_id);
create index budget_flow_totals_org_idx on budget_flow_totals (fiscal_year, organisation_id);
create table budget_flow_strategy_totals (
  fiscal_year int not null,
  strategy_id uuid not null,
  allocated numeric not null default 0,
  primary key (fiscal_year, strategy_id)
);

create or replace function budget_flow_add(p_element uuid, p_fy int, p_source text, p_level text, p_org uuid, p_amount numeric)
returns void language plpgsql as $$
begin
  if p_amount = 0 then return; end if;
  insert into budget_flow_totals (fiscal_year, source, level_code, organisation_id, allocated)
    values (p_fy, p_source, p_level, p_org, p_amount)
    on conflict (fiscal_year, source, level_code, organisation_id)
    do update set allocated = budget_flow_totals.allocated + excluded.allocated;
  insert into budget_flow_sources (fiscal_year, source, level_code, allocated) values (p_fy, p_source, p_level, p_amount)
    on conflict (fiscal_year, source, level_code) do update set allocated = budget_flow_sources.allocated + excluded.allocated;
  insert into budget_flow_organisations (fiscal_year, organisation_id, allocated) values (p_fy, p_org, p_amount)
    on conflict (fiscal_year, organisation_id) do update set allocated = budget_flow_organisations.allocated + excluded.allocated;
  -- an element being deleted has no shares any more; its deletion marks the flow stale anyway
  if not exists (select 1 from budget_element_shares where element_id = p_element)
     and exists (select 1 from plan_elements where id = p_element) then
    insert into budget_element_shares (element_id, strategy_id, share)
      select p_element, s.strategy_id, s.share from budget_shares_of(p_element) s;
  end if;
  insert into budget_flow_strategies (fiscal_year, organisation_id, strategy_id, allocated)
    select p_fy, p_org, s.strategy_id, p_amount * s.share from budget_element_shares s where s.element_id = p_element
    on conflict (fiscal_year, organisation_id, strategy_id)
    do update set allocated = budget_flow_strategies.allocated + excluded.allocated;
  insert into budget_flow_strategy_totals (fiscal_year, strategy_id, allocated)
    select p_fy, s.strategy_id, p_amount * s.share from budget_element_shares s where s.element_id = p_element
    on conflict (fiscal_year, strategy_id)
    do update set allocated = budget_flow_strategy_totals.allocated + excluded.allocated;
end $$;

insert into budget_flow_sources (fiscal_year, source, level_code, allocated)
  select fiscal_year, source, level_code, sum(allocated) from budget_flow_totals group by fiscal_year, source, level_code;
insert into budget_flow_organisations (fiscal_year, organisation_id, allocated)
  select fiscal_year, organisation_id, sum(allocated) from budget_flow_totals group by fiscal_year, organisation_id;
insert into budget_flow_strategy_totals (fiscal_year, strategy_id, allocated)
  select fiscal_year, strategy_id, sum(allocated) from budget_flow_strategies group by fiscal_year, strategy_id;
`,
  },
];
