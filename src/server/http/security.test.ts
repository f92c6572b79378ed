import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { buildApp } from './app.js';

const ctx = useTestApp();

describe('security headers', () => {
  it('sends a CSP without inline scripts, nosniff and frame denial', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '))!;
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('behind a trusted TLS proxy: HSTS and Secure cookies', async () => {
    const app = await buildApp({ database: ctx.database, trustProxy: true });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'viewer@demo.prasan.local', password: 'prasan-demo' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['strict-transport-security']).toContain('max-age=');
      expect(response.cookies.find((c) => c.name === 'prasan_session')?.secure).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('ignores X-Forwarded-* when no proxy is trusted, so rate limits cannot be dodged', async () => {
    const attempt = (n: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-for': `10.0.0.${n}` },
        payload: { email: 'auditor@demo.prasan.local', password: 'wrong-wrong' },
      });
    for (let i = 0; i < 5; i++) expect((await attempt(i)).statusCode).toBe(401);
    expect((await attempt(99)).statusCode).toBe(429);
  });

  it('limits failures per account across addresses', async () => {
    const attempt = (n: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `10.1.${Math.floor(n / 4)}.${n % 4}`,
        payload: { email: 'approver@demo.prasan.local', password: 'wrong-wrong' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await attempt(i)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("answers unknown API routes with the error shape in the caller's language", async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: { 'accept-language': 'th-TH,th;q=0.9,en;q=0.5' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'ไม่พบข้อมูล', fields: [] } });
  });
});
