/** The server's one error shape, as a throwable the pages and forms understand. */
export interface FieldMessage {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldMessage[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field messages keyed by path ('nameTh', 'memberships.0.role'), for react-aria `validationErrors`. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.fields.map((f) => [f.path, f.message]));
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldMessage[] };
}

/** Builds the ApiError from a failed response (body already parsed by openapi-fetch when JSON). */
export function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as ErrorBody | undefined)?.error;
  return new ApiError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, error?.fields ?? []);
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
