import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '../i18n';
import { toApiError } from './api-error';
import type { paths } from './schema';

export type Paths = paths;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.resolvedLanguage ?? i18n.language ?? 'th');
    if (WRITE_METHODS.has(request.method)) {
      const token = readCookie('prasan_csrf');
      if (token) request.headers.set('X-CSRF-Token', decodeURIComponent(token));
    }
    return request;
  },
};

export const api = createClient<Paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(headers);

/** The data of a successful call, or throws the ApiError (so React Query sees a failure). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}
