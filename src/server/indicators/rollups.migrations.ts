import type { Migration } from '../db/migrate.js';

export const rollupsMigrations: Migration[] = [
  {
    // An organisation's roll-up picks the indicators its subtree is responsible for (a district at
    // national scale: ~2,000) to rank them by plan level; reading each from the table cost one
    // random page apiece (p95 196 ms). Covering plan_id and id, the index alone answers.
    id: '1180_rollups_responsible_covering_index',
    sql: `
drop index if exists indicators_responsible_idx;
create index indicators_responsible_idx on indicators (responsible_organisation_id) include (plan_id, id);
`,
  },
];
