/**
 * Story set-up through the public API (no database access): a national indicator on National
 * Strategy 6 with a target for the quarter, and the municipality project's indicator, broken down
 * by district, contributing to it. The story then runs in the browser.
 */
interface Session {
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function apiSession(baseURL: string, email: string): Promise<Session> {
  const login = await fetch(`${baseURL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'prasan-demo' }),
  });
  if (!login.ok) throw new Error(`login ${email}: ${login.status}`);
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('prasan_csrf='))!.split('=')[1]);
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${baseURL}${path}`, {
        method,
        headers: { cookie: cookies.join('; '), 'x-csrf-token': csrf, 'accept-language': 'en', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : null) as T;
    },
  };
}

export interface StoryIndicators {
  nationalId: string;
  cityId: string;
}

export async function createStoryIndicators(baseURL: string, period: string, names: { national: string; city: string }): Promise<StoryIndicators> {
  const admin = await apiSession(baseURL, 'admin@demo.prasan.local');
  const summary = await admin.call<{ strategies: Array<{ code: string | null; elementId: string }> }>('GET', '/api/v1/results/secretariat-summary');
  const ns6 = summary.strategies.find((s) => s.code === 'NS6')!;
  const national = await admin.call<{ id: string }>('POST', `/api/v1/plan-elements/${ns6.elementId}/indicators`, {
    nameTh: 'ผู้ใช้บริการภาครัฐดิจิทัล (ทดสอบ)',
    nameEn: names.national,
    kind: 'outcome',
    unit: 'count',
    direction: 'up',
    rollupRule: 'sum',
    areaBreakdown: 'province',
    targets: [{ period, value: '100' }],
  });
  const plans = await admin.call<{ items: Array<{ id: string; titleEn: string }> }>('GET', '/api/v1/plans?limit=100');
  const cityPlan = plans.items.find((p) => p.titleEn.startsWith('Udon Thani City Municipality'))!;
  const tree = await admin.call<{ elements: Array<{ id: string; code: string | null }> }>('GET', `/api/v1/plans/${cityPlan.id}/elements`);
  const project = tree.elements.find((e) => e.code === 'CITY-P1-1')!;
  const city = await admin.call<{ id: string }>('POST', `/api/v1/plan-elements/${project.id}/indicators`, {
    nameTh: 'จำนวนเรื่องที่แจ้งออนไลน์ (ทดสอบ)',
    nameEn: names.city,
    kind: 'output',
    unit: 'count',
    direction: 'up',
    rollupRule: 'sum',
    areaBreakdown: 'district',
    contributesToIndicatorId: national.id,
    targets: [{ period, areaCode: '4101', value: '50' }],
  });
  return { nationalId: national.id, cityId: city.id };
}
