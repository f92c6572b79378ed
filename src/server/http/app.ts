import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { Database } from '../db/database.js';
import { renderError, installErrorHandler, requestLocale } from './error-handler.js';
import { AppError } from './errors.js';
import { registerRoutes } from './routes.js';
import { installSessionResolver } from './session.js';

export interface AppOptions {
  database: Database;
  /** pino options or an existing logger; false for silence in tests */
  logger?: boolean | Record<string, unknown> | FastifyBaseLogger;
  /** built web app to serve at / (absent in API tests) */
  webDist?: string;
  /** largest JSON body accepted */
  bodyLimit?: number;
  /** trust X-Forwarded-* from a reverse proxy (only behind one: it decides the client IP used for login rate limits) */
  trustProxy?: boolean;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export async function buildApp(options: AppOptions): Promise<App> {
  const logger = options.logger ?? false;
  const isInstance = typeof logger === 'object' && typeof (logger as FastifyBaseLogger).info === 'function';
  const app = Fastify({
    ...(isInstance ? { loggerInstance: logger as FastifyBaseLogger } : { logger: logger as boolean }),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    genReqId: (req) => (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(),
    trustProxy: options.trustProxy ?? false,
    ajv: {
      // unknown fields are refused (400), not silently dropped
      customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true, useDefaults: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ECharts and react-aria set inline style attributes; scripts stay strict
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    // HSTS only means something over TLS; the hook below adds it when the request came over https
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.header('x-request-id', request.id);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Prasan API',
        version: '1',
        description:
          'Multi-level government plan coordination and results-based management. Errors share one shape: {"error": {"code", "message", "fields"}}; messages follow Accept-Language (th or en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'prasan_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installErrorHandler(app);
  installSessionResolver(app, options.database.db);
  await app.register(async (api) => registerRoutes(api as App, options.database), { prefix: '/api/v1' });

  const webDist = options.webDist;
  const serveWeb = webDist !== undefined && existsSync(path.join(webDist, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      // client-side routes: every unknown page is the single-page app
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(renderError(new AppError('not_found'), requestLocale(request)));
  });

  return app;
}
