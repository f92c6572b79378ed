import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { planHelpers } from '../plans/plans.test-helpers.js';

interface TestContext {
  app: App;
  db: Db;
  orgId(code: string): Promise<string>;
}

type Counted = 'budget_lines' | 'budget_transfers' | 'budget_transfer_elements' | 'budget_pledges' | 'audit_log';

/** Small builders over the HTTP API for budget tests (plan builders included). */
export function budgetHelpers(ctx: TestContext) {
  const plans = planHelpers(ctx);
  return {
    ...plans,
    async newLine(headers: Record<string, string>, elementId: string, body: Record<string, unknown>) {
      const response = await plans.call(headers, 'POST', `/plan-elements/${elementId}/budget-lines`, { source: 'state_budget', ...body });
      if (response.statusCode !== 201) throw new Error(`newLine: ${response.statusCode} ${response.body}`);
      return response.json() as { id: string; version: number; allocatedThb: string };
    },
    async countAll(): Promise<Record<Counted, number>> {
      const tables: Counted[] = ['budget_lines', 'budget_transfers', 'budget_transfer_elements', 'budget_pledges', 'audit_log'];
      const counts = await Promise.all(
        tables.map(async (t) =>
          Number(
            (
              await ctx.db
                .selectFrom(t)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
      return Object.fromEntries(tables.map((t, i) => [t, counts[i]])) as Record<Counted, number>;
    },
  };
}

/** A signed-up user who belongs to no organisation (holds no role anywhere). */
export async function insertRolelessUser(db: Db, email: string, password: string): Promise<void> {
  const { hashPassword } = await import('../auth/passwords.js');
  await db
    .insertInto('users')
    .values({ email, name: 'No role', password_hash: await hashPassword(password), locale: 'en' })
    .execute();
}
