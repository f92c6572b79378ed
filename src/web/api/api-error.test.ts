import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from './api-error';

describe('toApiError', () => {
  it('reads the server error shape, field messages keyed by path', () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'nameTh: required',
        fields: [
          { path: 'nameTh', message: 'required' },
          { path: 'memberships.0.role', message: 'must be one of' },
        ],
      },
    };
    const error = toApiError(new Response(null, { status: 400 }), body);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors()).toEqual({ nameTh: 'required', 'memberships.0.role': 'must be one of' });
  });

  it('survives a body that is not the error shape (a proxy page, an empty body)', () => {
    const error = toApiError(new Response(null, { status: 502, statusText: 'Bad Gateway' }), '<html>');
    expect(error.code).toBe('http_502');
    expect(error.fields).toEqual([]);
  });
});
