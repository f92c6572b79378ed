import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/database.js';
import { insertOrganisation } from '../organisations/organisations.queries.js';
import { seedDemoCommittees } from './demo-committees.js';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-organisations.js';
import { seedDemoRelationships } from './demo-relationships.js';

/** Loads the demo scenario in one transaction. Call only on an empty database. */
export async function seedDemo(database: Database): Promise<void> {
  // every demo user shares the one demo password; hash it once (scrypt is deliberately slow)
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await database.db.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const row = await insertOrganisation(trx, {
        code: org.code,
        kind: org.kind,
        tier: org.tier,
        parentId: org.parent ? ids.get(org.parent)! : null,
        nameTh: org.nameTh,
        nameEn: org.nameEn,
        abbreviation: org.abbreviation,
        countryCode: org.tier === 'external' ? null : 'TH',
      });
      ids.set(org.code, row.id);
      const known = await trx.selectFrom('areas').select('code').where('code', 'in', org.areas).execute();
      if (known.length > 0) {
        await trx.insertInto('organisation_areas').values(known.map((a) => ({ organisation_id: row.id, area_code: a.code }))).execute();
      }
    }
    await seedDemoRelationships(trx, ids);
    for (const user of DEMO_USERS) {
      const row = await trx
        .insertInto('users')
        .values({ email: user.email, name: user.name, password_hash: passwordHash, locale: 'th' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('memberships').values({ user_id: row.id, organisation_id: ids.get(user.organisation)!, role: user.role }).execute();
    }
    await seedDemoCommittees(trx);
  });
}
