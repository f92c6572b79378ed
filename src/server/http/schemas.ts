import { Type } from 'typebox';

/** The one error shape of the API. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      fields: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
    }),
  },
  { $id: 'Error', title: 'Error' },
);

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const IsoDate = Type.String({ format: 'date' });
export const NoContent = Type.Null();

/** Standard error responses for the OpenAPI document. */
export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

/** A string enum as JSON Schema `enum` (clear in OpenAPI, one ajv error) with its literal union type. */
export const StringEnum = <const T extends readonly string[]>(values: T, options: { $id?: string; description?: string; default?: T[number] } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
