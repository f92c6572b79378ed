import { Type } from 'typebox';
import type { App } from '../http/app.js';
import { ListQuery, Page } from '../http/list.js';
import { errorResponses, IdParams, NoContent } from '../http/schemas.js';
import { CSRF_COOKIE, requireActor, SESSION_COOKIE } from '../http/session.js';
import type { Db } from '../db/database.js';
import {
  AddMembershipBody,
  ChangePasswordBody,
  CreatedToken,
  CreateTokenBody,
  CreateUserBody,
  LoginBody,
  Me,
  TokenView,
  UpdateMeBody,
  UserView,
} from './accounts.schema.js';
import { createAccountsService, SESSION_DAYS } from './accounts.service.js';

const tags = ['accounts'];

export async function accountsRoutes(app: App, db: Db): Promise<void> {
  const accounts = createAccountsService(db);

  app.post(
    '/auth/login',
    { schema: { operationId: 'login', tags, security: [], body: LoginBody, response: { 200: Me, ...errorResponses } } },
    async (request, reply) => {
      const { email, password } = request.body;
      const session = await accounts.login(email, password, request.ip);
      const secure = request.protocol === 'https';
      const maxAge = SESSION_DAYS * 86400;
      reply.setCookie(SESSION_COOKIE, session.sessionToken, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
      // readable by the web app, which echoes it in X-CSRF-Token; useless to a cross-site attacker
      reply.setCookie(CSRF_COOKIE, session.csrfToken, { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge });
      const actor = { userId: session.userId } as never;
      return { ...(await accounts.me(actor)), csrfToken: session.csrfToken };
    },
  );

  app.post('/auth/logout', { schema: { operationId: 'logout', tags, response: { 204: NoContent, ...errorResponses } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await accounts.logout(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/auth/me', { schema: { operationId: 'getMe', tags, response: { 200: Me, ...errorResponses } } }, async (request) =>
    accounts.me(requireActor(request), request.cookies[SESSION_COOKIE]),
  );

  app.patch('/auth/me', { schema: { operationId: 'updateMe', tags, body: UpdateMeBody, response: { 200: Me, ...errorResponses } } }, async (request) => {
    const actor = requireActor(request);
    await accounts.updateMe(actor, request.body);
    return accounts.me(actor, request.cookies[SESSION_COOKIE]);
  });

  app.post(
    '/auth/password',
    { schema: { operationId: 'changePassword', tags, body: ChangePasswordBody, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await accounts.changePassword(requireActor(request), request.body.currentPassword, request.body.newPassword, request.cookies[SESSION_COOKIE]);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/users',
    { schema: { operationId: 'listUsers', tags, querystring: ListQuery, response: { 200: Page(UserView), ...errorResponses } } },
    async (request) => accounts.listUsers(requireActor(request), request.query),
  );

  app.post(
    '/users',
    { schema: { operationId: 'createUser', tags, body: CreateUserBody, response: { 201: UserView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await accounts.createUser(requireActor(request), request.body)),
  );

  app.get('/users/:id', { schema: { operationId: 'getUser', tags, params: IdParams, response: { 200: UserView, ...errorResponses } } }, async (request) =>
    accounts.getUser(requireActor(request), request.params.id),
  );

  app.post(
    '/users/:id/memberships',
    { schema: { operationId: 'addMembership', tags, params: IdParams, body: AddMembershipBody, response: { 201: UserView, ...errorResponses } } },
    async (request, reply) =>
      reply.status(201).send(await accounts.addMembership(requireActor(request), request.params.id, request.body.organisationId, request.body.role)),
  );

  app.delete(
    '/memberships/:id',
    { schema: { operationId: 'removeMembership', tags, params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await accounts.removeMembership(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get('/tokens', { schema: { operationId: 'listTokens', tags, response: { 200: Type.Array(TokenView), ...errorResponses } } }, async (request) =>
    accounts.listTokens(requireActor(request)),
  );

  app.post(
    '/tokens',
    { schema: { operationId: 'createToken', tags, body: CreateTokenBody, response: { 201: CreatedToken, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await accounts.createToken(requireActor(request), request.body.name)),
  );

  app.delete(
    '/tokens/:id',
    { schema: { operationId: 'revokeToken', tags, params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await accounts.revokeToken(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
