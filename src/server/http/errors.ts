export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldProblem {
  path: string;
  /** i18n key of the reason, e.g. 'validation.required' */
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The one error every layer throws. `code` is for machines (and picks the HTTP status); the
 * message a person reads is looked up by `messageKey` in their language when the response is sent.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: { messageKey?: string; params?: Record<string, string | number>; fields?: FieldProblem[] } = {},
  ) {
    super(options.messageKey ?? code);
    this.status = ERROR_STATUS[code];
  }

  get messageKey(): string {
    return this.options.messageKey ?? `errors.${this.code}`;
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const fieldError = (path: string, key: string, params?: Record<string, string | number>) =>
  new AppError('validation_failed', { fields: [{ path, key, params }] });
