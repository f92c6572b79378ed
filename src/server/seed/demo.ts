import { hashPassword } from '../auth/passwords.js';
import type { Database, Db } from '../db/database.js';
import { insertOrganisation } from '../organisations/organisations.queries.js';
import { seedDemoAgreements } from './demo-agreements.js';
import { seedDemoBudgets } from './demo-budgets.js';
import { seedDemoCommittees } from './demo-committees.js';
import { seedDemoRelationships } from './demo-relationships.js';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS, type DemoOrganisation } from './demo-organisations.js';
import { seedDemoOverlaps } from './demo-overlaps.js';
import { seedDemoPlans } from './demo-plans.js';
import { seedDemoResults } from './demo-results.js';

/** Loads the demo scenario in one transaction. Call only on an empty database. */
export async function seedDemo(database: Database): Promise<void> {
  // every demo user shares the one demo password; hash it once (scrypt is deliberately slow)
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await database.db.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      // the reference seed may already have created this organisation (NESDC owns the national plans)
      const parentId = org.parent ? ids.get(org.parent)! : null;
      const existing = await trx.selectFrom('organisations').select('id').where('code', '=', org.code).executeTakeFirst();
      let id = existing?.id;
      if (id) {
        await placeExisting(trx, id, org, parentId);
      } else {
        const row = await insertOrganisation(trx, {
          code: org.code,
          kind: org.kind,
          tier: org.tier,
          parentId,
          nameTh: org.nameTh,
          nameEn: org.nameEn,
          abbreviation: org.abbreviation,
          countryCode: org.tier === 'external' ? null : 'TH',
        });
        id = row.id;
      }
      ids.set(org.code, id);
      const known = await trx.selectFrom('areas').select('code').where('code', 'in', org.areas).execute();
      if (known.length > 0) {
        await trx
          .insertInto('organisation_areas')
          .values(known.map((a) => ({ organisation_id: id, area_code: a.code })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
    await seedDemoRelationships(trx, ids);
    for (const user of DEMO_USERS) {
      const row = await trx
        .insertInto('users')
        .values({ email: user.email, name: user.name, password_hash: passwordHash, locale: 'th' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('memberships')
        .values({ user_id: row.id, organisation_id: ids.get(user.organisation)!, role: user.role })
        .execute();
    }
    await seedDemoCommittees(trx);
    await seedDemoPlans(trx, ids);
    await seedDemoOverlaps(trx);
    await seedDemoResults(trx, ids);
    await seedDemoBudgets(trx, ids);
    // after the results demo: the agreement's KPIs are the demo indicators
    await seedDemoAgreements(trx, ids);
  });
}

/** Moves an organisation created by the reference seed to its demo place and names (it has no children yet). */
async function placeExisting(trx: Db, id: string, org: DemoOrganisation, parentId: string | null) {
  const parent = parentId ? await trx.selectFrom('organisations').select(['path', 'depth']).where('id', '=', parentId).executeTakeFirstOrThrow() : null;
  await trx
    .updateTable('organisations')
    .set({
      parent_id: parentId,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      kind: org.kind,
      tier: org.tier,
      name_th: org.nameTh,
      name_en: org.nameEn,
      abbreviation: org.abbreviation ?? null,
    })
    .where('id', '=', id)
    .execute();
}
