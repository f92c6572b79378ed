import { type Static, Type } from 'typebox';

export const FunctionView = Type.Object(
  {
    code: Type.String(),
    scheme: Type.String({ description: 'cofog | national_budget_by_function | local_government_budget | district_mission' }),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    nameTh: Type.String(),
    nameEn: Type.String(),
  },
  { title: 'FunctionView' },
);
export type FunctionView = Static<typeof FunctionView>;

export const FunctionsQuery = Type.Object(
  {
    scheme: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    parent: Type.Optional(Type.String({ minLength: 1, maxLength: 30, description: 'a function code for its sub-functions, or "root"' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
  },
  { additionalProperties: false },
);
export type FunctionsQuery = Static<typeof FunctionsQuery>;
