import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';

const ctx = useTestApp();

describe('auth', () => {
  it('logs in a demo user with an httpOnly SameSite session cookie', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'planner@demo.prasan.local', password: 'prasan-demo' },
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'prasan_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(response.json().memberships[0].role).toBe('planner');
  });

  it('refuses a wrong password in the requested language', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'th' },
      payload: { email: 'viewer@demo.prasan.local', password: 'wrong-password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({ code: 'unauthenticated', message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง', fields: [] });
  });

  it('names the field and the reason for bad input', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { email: 'not-an-email', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['email', 'extra', 'password']);
    expect(response.json().error.message).toContain('password: required');
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"email":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('answers an oversize body with 413', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.co', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('rate-limits repeated failures for one account from one address', async () => {
    const attempt = () =>
      ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'secretary@demo.prasan.local', password: 'nope-nope' } });
    for (let i = 0; i < 5; i++) expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(429);
    // even the right password is refused while limited
    const right = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'secretary@demo.prasan.local', password: 'prasan-demo' },
    });
    expect(right.statusCode).toBe(429);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const session = await ctx.login('viewer@demo.prasan.local');
    const withoutHeader = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie: session.headers.cookie },
      payload: { locale: 'en' },
    });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json().error.code).toBe('csrf_failed');
    const withHeader = await ctx.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers: session.headers, payload: { locale: 'en' } });
    expect(withHeader.statusCode).toBe(200);
    expect(withHeader.json().locale).toBe('en');
  });

  it('logs out: the cookie no longer authenticates', async () => {
    const session = await ctx.login('approver@demo.prasan.local');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(401);
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const first = await ctx.login('reporter@demo.prasan.local');
    const second = await ctx.login('reporter@demo.prasan.local');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: first.headers,
      payload: { currentPassword: 'not-it-at-all', newPassword: 'a-new-password-1' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('currentPassword');
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: first.headers,
      payload: { currentPassword: 'prasan-demo', newPassword: 'a-new-password-1' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: first.headers })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: second.headers })).statusCode).toBe(401);
    await expect(ctx.login('reporter@demo.prasan.local')).rejects.toThrow(/401/);
    await ctx.login('reporter@demo.prasan.local', 'a-new-password-1');
  });
});

describe('API tokens', () => {
  it('authenticates with a bearer token shown once, without CSRF, until revoked', async () => {
    const session = await ctx.login('admin@demo.prasan.local');
    const created = await ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: session.headers, payload: { name: 'integration' } });
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json();
    const stored = await ctx.db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).json().email).toBe('admin@demo.prasan.local');
    expect((await ctx.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers: bearer, payload: { name: 'Admin' } })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: session.headers })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
  });
});

describe('users and memberships', () => {
  it('lets an admin create a user in their subtree and records it in the audit log', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const orgId = await ctx.orgId('KKN-PO');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: {
        email: 'kk.planner@example.go.th',
        name: 'KK planner',
        password: 'long-enough-pass',
        memberships: [{ organisationId: orgId, role: 'planner' }],
      },
    });
    expect(response.statusCode).toBe(201);
    const audit = await ctx.app.inject({ method: 'GET', url: `/api/v1/audit?entity=user&entityId=${response.json().id}`, headers: admin.headers });
    expect(audit.json().items[0]).toMatchObject({ action: 'create', actor: 'admin@demo.prasan.local' });
    expect(JSON.stringify(audit.json().items[0].after)).not.toContain('long-enough-pass');
  });

  it('refuses a duplicate e-mail and writes nothing', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const orgId = await ctx.orgId('KKN-PO');
    const before = await ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin.headers, 'accept-language': 'en' },
      payload: { email: 'PLANNER@demo.prasan.local', name: 'dup', password: 'long-enough-pass', memberships: [{ organisationId: orgId, role: 'viewer' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('email: is already in use');
    const after = await ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('keeps non-admins out of user management (403) and anonymous callers out (401)', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
    const planner = await ctx.login('planner@demo.prasan.local');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: planner.headers })).statusCode).toBe(403);
    const orgId = await ctx.orgId('UDN-PO');
    const attempt = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: planner.headers,
      payload: { email: 'x@example.go.th', name: 'x', password: 'long-enough-pass', memberships: [{ organisationId: orgId, role: 'admin' }] },
    });
    expect(attempt.statusCode).toBe(403);
  });

  it('refuses the audit log to a viewer', async () => {
    const viewer = await ctx.login('viewer@demo.prasan.local');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/audit', headers: viewer.headers })).statusCode).toBe(403);
  });
});

describe('audit log', () => {
  it('cannot be changed or deleted, even with direct SQL', async () => {
    const row = await ctx.db.selectFrom('audit_log').select('id').limit(1).executeTakeFirst();
    expect(row).toBeDefined();
    await expect(ctx.db.updateTable('audit_log').set({ action: 'tampered' }).where('id', '=', row!.id).execute()).rejects.toThrow(/append-only/);
    await expect(ctx.db.deleteFrom('audit_log').where('id', '=', row!.id).execute()).rejects.toThrow(/append-only/);
  });
});

describe('health', () => {
  it('answers ok', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.json()).toMatchObject({ status: 'ok' });
  });
});
