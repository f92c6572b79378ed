import { type Static, Type } from 'typebox';
import { IsoDate, StringEnum, Uuid } from '../http/schemas.js';
import { ELEMENT_KINDS, LINKAGE_MODES, PILOT_DECISIONS, PLAN_STATUSES } from './plans.tables.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
/** Buddhist-Era fiscal year, e.g. 2570 = 1 Oct 2026 – 30 Sep 2027. */
export const FiscalYear = Type.Integer({ minimum: 2400, maximum: 2700, description: 'Thai fiscal year in the Buddhist Era' });
const TitleTh = Type.String({ minLength: 1, maxLength: 500 });
const TitleEn = Type.String({ minLength: 1, maxLength: 500 });
const Description = Nullable(Type.String({ maxLength: 20000 }));
const Version = Type.Integer({ minimum: 1, description: 'the version you read; a stale one is refused with 409 stale_version' });
/** 1 (highest) … 5 (lowest). */
const Priority = Nullable(Type.Integer({ minimum: 1, maximum: 5, description: '1 = highest priority … 5 = lowest' }));

export const PlanStatusSchema = StringEnum(PLAN_STATUSES);
export const ElementKindSchema = StringEnum(ELEMENT_KINDS);
export const LinkageModeSchema = StringEnum(LINKAGE_MODES);

export const PlanLevelView = Type.Object({ code: Type.String(), rank: Type.Integer(), tier: Type.String(), nameTh: Type.String(), nameEn: Type.String() });

export const PlanView = Type.Object({
  id: Uuid,
  familyId: Uuid,
  versionNumber: Type.Integer(),
  code: Nullable(Type.String()),
  ownerOrganisationId: Uuid,
  ownerNameTh: Type.String(),
  ownerNameEn: Type.String(),
  levelCode: Type.String(),
  levelRank: Type.Integer(),
  fyStart: Type.Integer(),
  fyEnd: Type.Integer(),
  titleTh: Type.String(),
  titleEn: Type.String(),
  description: Nullable(Type.String()),
  status: PlanStatusSchema,
  returnComment: Nullable(Type.String()),
  isReference: Type.Boolean(),
  version: Type.Integer(),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  approvedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PlanView = Static<typeof PlanView>;

export const PlanListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    ownerId: Type.Optional(Uuid),
    level: Type.Optional(Type.String({ maxLength: 50 })),
    status: Type.Optional(PlanStatusSchema),
    fy: Type.Optional(FiscalYear),
  },
  { additionalProperties: false },
);
export type PlanListQuery = Static<typeof PlanListQuery>;

export const CreatePlanBody = Type.Object(
  {
    ownerOrganisationId: Uuid,
    levelCode: Type.String({ minLength: 1, maxLength: 50 }),
    fyStart: FiscalYear,
    fyEnd: FiscalYear,
    titleTh: TitleTh,
    titleEn: TitleEn,
    description: Type.Optional(Description),
    code: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  },
  { additionalProperties: false },
);
export type CreatePlanBody = Static<typeof CreatePlanBody>;

export const UpdatePlanBody = Type.Object(
  {
    version: Version,
    fyStart: Type.Optional(FiscalYear),
    fyEnd: Type.Optional(FiscalYear),
    titleTh: Type.Optional(TitleTh),
    titleEn: Type.Optional(TitleEn),
    description: Type.Optional(Description),
  },
  { additionalProperties: false },
);
export type UpdatePlanBody = Static<typeof UpdatePlanBody>;

export const TransitionBody = Type.Object({ version: Version }, { additionalProperties: false });
export const ReturnBody = Type.Object({ version: Version, comment: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false });

export const ElementView = Type.Object({
  id: Uuid,
  planId: Uuid,
  parentId: Nullable(Uuid),
  lineageId: Uuid,
  kind: ElementKindSchema,
  code: Nullable(Type.String()),
  sortOrder: Type.Integer(),
  titleTh: Type.String(),
  titleEn: Type.String(),
  description: Nullable(Type.String()),
  areaCodes: Type.Array(Type.String()),
  functionCodes: Type.Array(Type.String()),
  leadOrganisationId: Nullable(Uuid),
  coOrganisationIds: Type.Array(Uuid),
  startsOn: Nullable(Type.String()),
  endsOn: Nullable(Type.String()),
  governmentPriority: Nullable(Type.Integer()),
  areaPriority: Nullable(Type.Integer()),
  isPilot: Type.Boolean(),
  pilotHypothesis: Nullable(Type.String()),
  pilotEvaluation: Nullable(Type.String()),
  pilotDecision: Nullable(StringEnum(PILOT_DECISIONS)),
  version: Type.Integer(),
});
export type ElementView = Static<typeof ElementView>;

/** The editable fields of an element; all optional on update. */
const elementFields = {
  code: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  titleTh: TitleTh,
  titleEn: TitleEn,
  description: Type.Optional(Description),
  areaCodes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 200 })),
  functionCodes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { maxItems: 100 })),
  leadOrganisationId: Type.Optional(Nullable(Uuid)),
  coOrganisationIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
  startsOn: Type.Optional(Nullable(IsoDate)),
  endsOn: Type.Optional(Nullable(IsoDate)),
  governmentPriority: Type.Optional(Priority),
  areaPriority: Type.Optional(Priority),
  isPilot: Type.Optional(Type.Boolean()),
  pilotHypothesis: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  pilotEvaluation: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  pilotDecision: Type.Optional(Nullable(StringEnum(PILOT_DECISIONS))),
};

export const CreateElementBody = Type.Object(
  { kind: ElementKindSchema, parentId: Type.Optional(Nullable(Uuid)), position: Type.Optional(Type.Integer({ minimum: 0 })), ...elementFields },
  { additionalProperties: false },
);
export type CreateElementBody = Static<typeof CreateElementBody>;

export const UpdateElementBody = Type.Object(
  { version: Version, ...elementFields, titleTh: Type.Optional(TitleTh), titleEn: Type.Optional(TitleEn) },
  { additionalProperties: false },
);
export type UpdateElementBody = Static<typeof UpdateElementBody>;

export const MoveElementBody = Type.Object(
  {
    version: Version,
    parentId: Nullable(Uuid),
    position: Type.Integer({ minimum: 0, description: '0-based place among the new siblings; past the end means last' }),
  },
  { additionalProperties: false },
);
export type MoveElementBody = Static<typeof MoveElementBody>;

export const VersionQuery = Type.Object({ version: Version }, { additionalProperties: false });

export const PlanTree = Type.Object({ plan: PlanView, elements: Type.Array(ElementView) });

export const PlanVersionView = Type.Object({
  id: Uuid,
  versionNumber: Type.Integer(),
  status: PlanStatusSchema,
  createdAt: Type.String({ format: 'date-time' }),
  approvedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const DiffQuery = Type.Object({ against: Uuid }, { additionalProperties: false });
export const FieldChange = Type.Object({ field: Type.String(), from: Type.Unknown(), to: Type.Unknown() });
export const PlanDiff = Type.Object({
  from: Type.Object({ id: Uuid, versionNumber: Type.Integer() }),
  to: Type.Object({ id: Uuid, versionNumber: Type.Integer() }),
  planChanges: Type.Array(FieldChange),
  added: Type.Array(ElementView),
  removed: Type.Array(ElementView),
  changed: Type.Array(
    Type.Object({ lineageId: Uuid, fromId: Uuid, toId: Uuid, titleTh: Type.String(), titleEn: Type.String(), changes: Type.Array(FieldChange) }),
  ),
});
