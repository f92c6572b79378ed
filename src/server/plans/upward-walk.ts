import { type RawBuilder, sql } from 'kysely';

/**
 * `with recursive up(id)`: the element and everything above it, through tree parents and
 * linkage targets. The one definition of "upward", used by the chain view and the cycle check.
 */
export function withUpwardFrom(elementId: string): RawBuilder<unknown> {
  return sql`with recursive up(id) as (
    select ${elementId}::uuid
    union
    select x.up from up join lateral (
      select e.parent_id as up from plan_elements e where e.id = up.id and e.parent_id is not null
      union all
      select l.target_element_id from plan_linkages l where l.source_element_id = up.id
    ) x on true
  )`;
}
