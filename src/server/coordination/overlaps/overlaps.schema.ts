import { type Static, Type } from 'typebox';
import { IsoDate, StringEnum, Uuid } from '../../http/schemas.js';
import { PlanStatusSchema } from '../../plans/plans.schema.js';
import { OVERLAP_RESOLUTIONS, PAIR_STATUSES } from './overlaps.tables.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const AreaCode = Type.String({ pattern: '^[0-9]{2,8}$', description: 'DOPA area code (province 2, district 4, subdistrict 6 digits)' });
const FunctionCode = Type.String({ minLength: 1, maxLength: 20 });

export const CheckBody = Type.Object(
  {
    titleTh: Type.Optional(Type.String({ maxLength: 1000 })),
    titleEn: Type.Optional(Type.String({ maxLength: 1000 })),
    description: Type.Optional(Type.String({ maxLength: 10000 })),
    areaCodes: Type.Array(AreaCode, { maxItems: 50 }),
    functionCodes: Type.Array(FunctionCode, { maxItems: 50, default: [] }),
    startsOn: Type.Optional(IsoDate),
    endsOn: Type.Optional(IsoDate),
    ownerOrganisationId: Type.Optional(Uuid),
    /** the project being edited, so it is not reported as its own duplicate */
    elementId: Type.Optional(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  },
  { additionalProperties: false },
);
export type CheckBody = Static<typeof CheckBody>;

export const ReasonView = Type.Object({
  kind: Type.String(),
  supports: Type.Boolean(),
  /** in the user's language */
  label: Type.String(),
  detail: Type.Record(Type.String(), Type.Unknown()),
});
export type ReasonView = Static<typeof ReasonView>;

export const ProjectSide = Type.Object({
  elementId: Uuid,
  planId: Uuid,
  planStatus: PlanStatusSchema,
  titleTh: Type.String(),
  titleEn: Type.String(),
  ownerOrganisationId: Uuid,
  ownerNameTh: Type.String(),
  ownerNameEn: Type.String(),
  areaCodes: Type.Array(Type.String()),
  functionCodes: Type.Array(Type.String()),
  startsOn: IsoDate,
  endsOn: IsoDate,
});
export type ProjectSide = Static<typeof ProjectSide>;

export const CheckMatch = Type.Object({
  project: ProjectSide,
  score: Type.Number(),
  reasons: Type.Array(ReasonView),
  /** words both projects share, to highlight */
  sharedWords: Type.Array(Type.String()),
});
export const CheckResult = Type.Object({ candidates: Type.Array(CheckMatch) });
export type CheckResult = Static<typeof CheckResult>;

export const ResolutionSchema = StringEnum(OVERLAP_RESOLUTIONS);
export const PairStatusSchema = StringEnum(PAIR_STATUSES);

export const ResolutionView = Type.Object({
  id: Uuid,
  resolution: ResolutionSchema,
  note: Nullable(Type.String()),
  absorbingElementId: Nullable(Uuid),
  linkageId: Nullable(Uuid),
  resolvedBy: Nullable(Uuid),
  resolvedByName: Nullable(Type.String()),
  resolvedAt: Type.String({ format: 'date-time' }),
});

export const PairView = Type.Object({
  id: Uuid,
  score: Type.Number(),
  status: PairStatusSchema,
  resolution: Nullable(ResolutionSchema),
  version: Type.Integer(),
  reasons: Type.Array(ReasonView),
  sharedWords: Type.Array(Type.String()),
  projects: Type.Array(ProjectSide, { minItems: 2, maxItems: 2 }),
  /** sum of both projects' budget lines; null while plans carry no budget table */
  /** baht both projects carry, all fiscal years (allocated, or requested where nothing is allocated); null without budget lines */
  budgetAtStake: Nullable(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PairView = Static<typeof PairView>;

export const PairDetail = Type.Object({ ...PairView.properties, history: Type.Array(ResolutionView) });
export type PairDetail = Static<typeof PairDetail>;

export const PairPage = Type.Object({ items: Type.Array(PairView), total: Type.Integer() });

export const ListQuery = Type.Object(
  {
    area: AreaCode,
    status: StringEnum(PAIR_STATUSES, { default: 'open' }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof ListQuery>;

export const ResolveBody = Type.Object(
  {
    resolution: ResolutionSchema,
    note: Type.Optional(Type.String({ maxLength: 5000 })),
    /** merge only: the project that absorbs the other (one of the pair) */
    absorbingElementId: Type.Optional(Uuid),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type ResolveBody = Static<typeof ResolveBody>;
