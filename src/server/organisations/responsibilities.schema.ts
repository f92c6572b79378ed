import { type Static, Type } from 'typebox';
import { AreaCode } from '../areas/areas.schema.js';
import { StringEnum, Uuid } from '../http/schemas.js';
import { FunctionView } from './functions.schema.js';
import { OrganisationSummary } from './organisations.schema.js';
import { RESPONSIBILITY_ROLES } from './organisations.tables.js';
import { FunctionCode } from './relationships.schema.js';

export const ResponsibilityRoleSchema = StringEnum(RESPONSIBILITY_ROLES);

export const ResponsibilityView = Type.Object({ id: Uuid, functionCode: Type.String(), role: ResponsibilityRoleSchema }, { title: 'ResponsibilityView' });
export type ResponsibilityView = Static<typeof ResponsibilityView>;

export const SetResponsibilitiesBody = Type.Object(
  {
    items: Type.Array(Type.Object({ functionCode: FunctionCode, role: ResponsibilityRoleSchema }, { additionalProperties: false }), { maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type SetResponsibilitiesBody = Static<typeof SetResponsibilitiesBody>;

export const MatrixQuery = Type.Object(
  {
    scheme: Type.String({ minLength: 1, maxLength: 50, description: 'the function scheme, e.g. district_mission' }),
    area: AreaCode,
  },
  { additionalProperties: false },
);
export type MatrixQuery = Static<typeof MatrixQuery>;

export const MatrixCell = Type.Object({ functionCode: Type.String(), organisationId: Uuid, role: ResponsibilityRoleSchema });
export type MatrixCell = Static<typeof MatrixCell>;

export const MatrixFlag = Type.Object({
  functionCode: Type.String(),
  areaCode: Type.String(),
  flag: StringEnum(['gap', 'overlap'] as const),
  /** for an overlap: the role two or more organisations share (implements or decides) */
  role: Type.Optional(ResponsibilityRoleSchema),
  organisationIds: Type.Array(Uuid),
});
export type MatrixFlag = Static<typeof MatrixFlag>;

export const ResponsibilityMatrix = Type.Object(
  {
    functions: Type.Array(FunctionView),
    organisations: Type.Array(OrganisationSummary),
    cells: Type.Array(MatrixCell),
    flags: Type.Array(MatrixFlag),
  },
  { title: 'ResponsibilityMatrix' },
);
export type ResponsibilityMatrix = Static<typeof ResponsibilityMatrix>;
