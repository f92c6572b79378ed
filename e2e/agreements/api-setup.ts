import { apiSession } from '../results/api-setup.js';

export const SECRETARIAT_PLANNER = { email: 'ns.planner@e2e.prasan.local', password: 'secretariat-e2e-password' };
export const KPI_NAMES = { water: 'E2E KPI villages with tap water', roads: 'E2E KPI rural roads repaired' } as const;

/**
 * Story set-up through the public API: a planner of the National Strategy Secretariat (NESDC), and
 * two indicators on National Strategy 6 for the agreement's KPIs. The story then runs in the browser.
 */
export async function createAgreementStory(baseURL: string): Promise<void> {
  const admin = await apiSession(baseURL, 'admin@demo.prasan.local');
  const organisations = await admin.call<{ items: Array<{ id: string; code: string }> }>('GET', '/api/v1/organisations?q=NESDC&limit=10');
  const nesdc = organisations.items.find((o) => o.code === 'NESDC')!;
  await admin.call('POST', '/api/v1/users', {
    email: SECRETARIAT_PLANNER.email,
    name: 'นักวิเคราะห์นโยบาย สศช. (E2E)',
    password: SECRETARIAT_PLANNER.password,
    locale: 'en',
    memberships: [{ organisationId: nesdc.id, role: 'planner' }],
  });
  const summary = await admin.call<{ strategies: Array<{ code: string | null; elementId: string }> }>('GET', '/api/v1/results/secretariat-summary');
  const ns6 = summary.strategies.find((s) => s.code === 'NS6')!;
  for (const [code, nameEn] of [
    ['E2E-KPI-W', KPI_NAMES.water],
    ['E2E-KPI-R', KPI_NAMES.roads],
  ]) {
    await admin.call('POST', `/api/v1/plan-elements/${ns6.elementId}/indicators`, {
      code,
      nameTh: `${nameEn} (ไทย)`,
      nameEn,
      kind: 'output',
      unit: 'percent',
      direction: 'up',
      rollupRule: 'mean',
    });
  }
}
