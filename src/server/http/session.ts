import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findApiToken, findSession, loadActor } from '../accounts/accounts.queries.js';
import type { Actor } from '../auth/actor.js';
import { hashSecret } from '../auth/tokens.js';
import type { Db } from '../db/database.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'prasan_session';
export const CSRF_COOKIE = 'prasan_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the actor of every request, from a bearer API token or the session cookie.
 * Cookie-authenticated writes must echo the session's CSRF token in a header (a cross-site
 * form can send the cookie but cannot read the token).
 */
export function installSessionResolver(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const token = await findApiToken(db, hashSecret(authorization.slice(7).trim()));
      if (!token) throw new AppError('unauthenticated');
      request.actor = (await loadActor(db, token.user_id, 'token')) ?? null;
      if (!request.actor) throw new AppError('unauthenticated');
      request.actor.requestId = request.id;
      await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', token.id).execute();
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await findSession(db, hashSecret(cookie));
    if (!session) return;
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrf_token) {
      throw new AppError('csrf_failed');
    }
    request.actor = (await loadActor(db, session.user_id, 'session')) ?? null;
    if (request.actor) request.actor.requestId = request.id;
  });
}

/** The signed-in actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
