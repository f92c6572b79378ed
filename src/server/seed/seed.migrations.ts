import type { Migration } from '../db/migrate.js';

export const seedMigrations: Migration[] = [
  {
    id: '0050_reference_fingerprint',
    sql: `
-- What the reference seed last loaded, so a restart with unchanged reference data skips it.
create table reference_data_state (
  singleton boolean primary key default true check (singleton),
  fingerprint text not null,
  loaded_at timestamptz not null default now()
);
`,
  },
];
