import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Locale, localeFrom, t } from '../i18n/i18n.js';
import { AppError, type FieldProblem } from './errors.js';

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const AJV_KEYS: Record<string, (p: Record<string, unknown>) => Pick<FieldProblem, 'key' | 'params'>> = {
  required: () => ({ key: 'validation.required' }),
  type: (p) => ({ key: 'validation.type', params: { type: String(p.type) } }),
  additionalProperties: () => ({ key: 'validation.unknown_field' }),
  minLength: (p) => ({ key: 'validation.min_length', params: { limit: Number(p.limit) } }),
  maxLength: (p) => ({ key: 'validation.max_length', params: { limit: Number(p.limit) } }),
  minimum: (p) => ({ key: 'validation.minimum', params: { limit: Number(p.limit) } }),
  maximum: (p) => ({ key: 'validation.maximum', params: { limit: Number(p.limit) } }),
  exclusiveMinimum: (p) => ({ key: 'validation.minimum', params: { limit: Number(p.limit) } }),
  enum: (p) => ({ key: 'validation.enum', params: { values: (p.allowedValues as unknown[]).join(', ') } }),
  const: (p) => ({ key: 'validation.enum', params: { values: String(p.allowedValue) } }),
  format: (p) => ({ key: 'validation.format', params: { format: String(p.format) } }),
  pattern: () => ({ key: 'validation.pattern' }),
  minItems: (p) => ({ key: 'validation.min_items', params: { limit: Number(p.limit) } }),
  maxItems: (p) => ({ key: 'validation.max_items', params: { limit: Number(p.limit) } }),
};

/** '/areas/0' + missing 'code' → 'areas.0.code': the path a form can attach the message to. */
function fieldPath(error: AjvError): string {
  const parts = error.instancePath.split('/').filter(Boolean);
  const extra = (error.params.missingProperty ?? error.params.additionalProperty) as string | undefined;
  if (extra) parts.push(extra);
  return parts.join('.') || '(body)';
}

export function ajvProblems(errors: AjvError[]): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = fieldPath(error);
    // anyOf/union noise: keep the first, most specific reason per field
    if (seen.has(path) || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    seen.add(path);
    const mapped = AJV_KEYS[error.keyword]?.(error.params) ?? { key: 'validation.invalid' };
    problems.push({ path, ...mapped });
  }
  return problems;
}

function toAppError(error: FastifyError & { validation?: AjvError[] }): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) return new AppError('validation_failed', { fields: ajvProblems(error.validation) });
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('invalid_json');
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return new AppError('invalid_json');
  // PostgreSQL constraint errors that slipped past service validation: never leak their text.
  const pgCode = (error as { code?: string }).code;
  if (pgCode === '23505') return new AppError('conflict');
  if (pgCode === '23503' || pgCode === '23514' || pgCode === '22P02') return new AppError('validation_failed');
  if (error.statusCode === 404) return new AppError('not_found');
  return new AppError('internal');
}

export function renderError(error: AppError, locale: Locale) {
  const fields = (error.options.fields ?? []).map((f) => ({ path: f.path, message: t(locale, f.key, f.params) }));
  const headline = t(locale, error.messageKey, error.options.params);
  // "name_th: required" — the first field's reason is the most useful one-line message
  const message = fields.length > 0 && !error.options.messageKey ? fields.map((f) => `${f.path}: ${f.message}`).join('; ') : headline;
  return { error: { code: error.code, message, fields } };
}

export function requestLocale(request: FastifyRequest): Locale {
  return localeFrom(request.headers['accept-language'], request.actor?.locale ?? 'th');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((rawError: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const error = toAppError(rawError);
    if (error.status >= 500) request.log.error({ err: rawError }, 'request failed');
    void reply.status(error.status).send(renderError(error, requestLocale(request)));
  });
}
