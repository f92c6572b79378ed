import { type Static, Type } from 'typebox';
import {
  ACHIEVEMENT_STATUSES,
  AREA_BREAKDOWNS,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  MEASUREMENT_STATUSES,
  PERIOD_PATTERN,
  PROGRESS_STATUSES,
  ROLLUP_RULES,
} from '../../shared/results.js';
import { StringEnum, Uuid } from '../http/schemas.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Version = Type.Integer({ minimum: 1, description: 'the version you read; a stale one is refused with 409 stale_version' });
const DateTime = Type.String({ format: 'date-time' });

/** "2569" (fiscal year, BE) or "2569-Q1" (Q1 = Oct–Dec). */
export const Period = Type.String({ pattern: PERIOD_PATTERN, description: 'fiscal year "2569" or quarter "2569-Q1" (Q1 = Oct–Dec)' });
/** Exact decimals travel as strings (numeric is never a binary float): "1234.5". */
export const Decimal = Type.String({ pattern: '^-?[0-9]{1,15}(\\.[0-9]{1,6})?$', description: 'a decimal number as a string, e.g. "1234.50"' });
/** A DOPA area code: province "41", district "4101", subdistrict "410101". */
export const AreaCode = Type.String({ pattern: '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$' });

export const IndicatorKindSchema = StringEnum(INDICATOR_KINDS);
export const IndicatorUnitSchema = StringEnum(INDICATOR_UNITS);
export const DirectionSchema = StringEnum(INDICATOR_DIRECTIONS);
export const RollupRuleSchema = StringEnum(ROLLUP_RULES);
export const AreaBreakdownSchema = StringEnum(AREA_BREAKDOWNS);
export const MeasurementStatusSchema = StringEnum(MEASUREMENT_STATUSES);
export const ProgressStatusSchema = StringEnum(PROGRESS_STATUSES);
export const AchievementStatusSchema = StringEnum(ACHIEVEMENT_STATUSES);

export const TargetInput = Type.Object({ period: Period, areaCode: Type.Optional(Nullable(AreaCode)), value: Decimal }, { additionalProperties: false });
export const TargetView = Type.Object({ period: Type.String(), areaCode: Nullable(Type.String()), value: Type.String() });

export const IndicatorView = Type.Object({
  id: Uuid,
  elementId: Uuid,
  planId: Uuid,
  code: Nullable(Type.String()),
  nameTh: Type.String(),
  nameEn: Type.String(),
  kind: IndicatorKindSchema,
  unit: IndicatorUnitSchema,
  unitLabelTh: Nullable(Type.String()),
  unitLabelEn: Nullable(Type.String()),
  direction: DirectionSchema,
  rollupRule: RollupRuleSchema,
  baselineValue: Nullable(Type.String()),
  baselineFy: Nullable(Type.Integer()),
  responsibleOrganisationId: Uuid,
  responsibleNameTh: Type.String(),
  responsibleNameEn: Type.String(),
  areaBreakdown: Nullable(AreaBreakdownSchema),
  contributesToIndicatorId: Nullable(Uuid),
  contributionWeight: Type.String(),
  targets: Type.Array(TargetView),
  version: Type.Integer(),
});
export type IndicatorView = Static<typeof IndicatorView>;

const indicatorFields = {
  code: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  nameTh: Type.String({ minLength: 1, maxLength: 500 }),
  nameEn: Type.String({ minLength: 1, maxLength: 500 }),
  kind: IndicatorKindSchema,
  unit: IndicatorUnitSchema,
  unitLabelTh: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  unitLabelEn: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  direction: DirectionSchema,
  rollupRule: RollupRuleSchema,
  baselineValue: Type.Optional(Nullable(Decimal)),
  baselineFy: Type.Optional(Nullable(Type.Integer({ minimum: 2400, maximum: 2700 }))),
  /** defaults to the element's lead organisation, else the plan owner */
  responsibleOrganisationId: Type.Optional(Uuid),
  areaBreakdown: Type.Optional(Nullable(AreaBreakdownSchema)),
  contributesToIndicatorId: Type.Optional(Nullable(Uuid)),
  contributionWeight: Type.Optional(Type.Number({ minimum: 0, maximum: 10000 })),
  /** replaces all targets of the indicator */
  targets: Type.Optional(Type.Array(TargetInput, { maxItems: 2000 })),
};

export const CreateIndicatorBody = Type.Object(indicatorFields, { additionalProperties: false });
export type CreateIndicatorBody = Static<typeof CreateIndicatorBody>;

export const UpdateIndicatorBody = Type.Object(
  {
    version: Version,
    ...indicatorFields,
    nameTh: Type.Optional(indicatorFields.nameTh),
    nameEn: Type.Optional(indicatorFields.nameEn),
    kind: Type.Optional(IndicatorKindSchema),
    unit: Type.Optional(IndicatorUnitSchema),
    direction: Type.Optional(DirectionSchema),
    rollupRule: Type.Optional(RollupRuleSchema),
  },
  { additionalProperties: false },
);
export type UpdateIndicatorBody = Static<typeof UpdateIndicatorBody>;

export const EvidenceView = Type.Object({
  id: Uuid,
  measurementId: Uuid,
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  createdAt: DateTime,
});
export type EvidenceView = Static<typeof EvidenceView>;

export const MeasurementView = Type.Object({
  id: Uuid,
  indicatorId: Uuid,
  period: Type.String(),
  areaCode: Nullable(Type.String()),
  organisationId: Uuid,
  value: Type.String(),
  status: MeasurementStatusSchema,
  note: Nullable(Type.String()),
  rejectReason: Nullable(Type.String()),
  correctsId: Nullable(Uuid),
  supersededBy: Nullable(Uuid),
  /** true for the verified value currently counted in roll-ups */
  isCurrent: Type.Boolean(),
  version: Type.Integer(),
  submittedAt: Nullable(DateTime),
  verifiedAt: Nullable(DateTime),
  createdAt: DateTime,
  evidenceCount: Type.Integer(),
});
export type MeasurementView = Static<typeof MeasurementView>;

export const MeasurementListQuery = Type.Object(
  {
    period: Type.Optional(Period),
    areaCode: Type.Optional(AreaCode),
    /** include superseded and rejected rows (the history of corrections) */
    history: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type MeasurementListQuery = Static<typeof MeasurementListQuery>;

const measurementFields = {
  period: Period,
  /** required when the indicator has an area breakdown; a DOPA code of that level */
  areaCode: Type.Optional(Nullable(AreaCode)),
  /** the reporting organisation: the responsible one (default) or one below it */
  organisationId: Type.Optional(Uuid),
  value: Decimal,
  note: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
};

export const CreateMeasurementBody = Type.Object(
  { ...measurementFields, submit: Type.Optional(Type.Boolean({ default: false, description: 'submit at once instead of saving a draft' })) },
  { additionalProperties: false },
);
export type CreateMeasurementBody = Static<typeof CreateMeasurementBody>;

export const UpdateMeasurementBody = Type.Object(
  { version: Version, value: Type.Optional(Decimal), note: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))) },
  { additionalProperties: false },
);
export type UpdateMeasurementBody = Static<typeof UpdateMeasurementBody>;

export const MeasurementTransitionBody = Type.Object({ version: Version }, { additionalProperties: false });
export const RejectMeasurementBody = Type.Object({ version: Version, reason: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false });

/** The reporting grid saves many cells at once: all or nothing, errors name `cells.<i>.<field>`. */
export const BatchMeasurementsBody = Type.Object(
  {
    cells: Type.Array(Type.Object({ indicatorId: Uuid, ...measurementFields }, { additionalProperties: false }), { minItems: 1, maxItems: 2000 }),
    submit: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type BatchMeasurementsBody = Static<typeof BatchMeasurementsBody>;
export const BatchMeasurementsResult = Type.Object({ items: Type.Array(MeasurementView) });

/** Verifies or rejects many submitted values at once (the approver's inbox), all or nothing. */
export const BatchReviewBody = Type.Object(
  {
    items: Type.Array(Type.Object({ id: Uuid, version: Version }, { additionalProperties: false }), { minItems: 1, maxItems: 2000 }),
    action: StringEnum(['verify', 'reject'] as const),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
  },
  { additionalProperties: false },
);
export type BatchReviewBody = Static<typeof BatchReviewBody>;

export const AwaitingMeasurement = Type.Object({
  ...MeasurementView.properties,
  indicatorNameTh: Type.String(),
  indicatorNameEn: Type.String(),
  unit: IndicatorUnitSchema,
  elementId: Uuid,
  elementTitleTh: Type.String(),
  elementTitleEn: Type.String(),
  organisationNameTh: Type.String(),
  organisationNameEn: Type.String(),
  previousValue: Nullable(Type.String()),
});

/** Evidence travels as base64 in JSON (no multipart parser is installed); ≤ 5 MB decoded. */
export const UploadEvidenceBody = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 255 }),
    contentBase64: Type.String({
      minLength: 1,
      maxLength: 7_000_000,
      description: 'the file, base64-encoded; at most 5 MB decoded; pdf, png, jpeg, xlsx, docx or csv (checked by content)',
    }),
  },
  { additionalProperties: false },
);
export type UploadEvidenceBody = Static<typeof UploadEvidenceBody>;

export const ProgressReportView = Type.Object({
  id: Uuid,
  elementId: Uuid,
  period: Type.String(),
  percentComplete: Type.String(),
  status: ProgressStatusSchema,
  narrative: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: DateTime,
});
export type ProgressReportView = Static<typeof ProgressReportView>;

export const PeriodParams = Type.Object({ id: Uuid, period: Period }, { additionalProperties: false });
export const PutProgressReportBody = Type.Object(
  {
    percentComplete: Type.Number({ minimum: 0, maximum: 100 }),
    status: ProgressStatusSchema,
    narrative: Type.Optional(Nullable(Type.String({ maxLength: 20000 }))),
    /** required when replacing an existing report */
    version: Type.Optional(Version),
  },
  { additionalProperties: false },
);
export type PutProgressReportBody = Static<typeof PutProgressReportBody>;

/** One point of a roll-up: value, target, achievement % (direction-aware) and traffic light. */
export const RollupPoint = Type.Object({
  period: Type.String(),
  value: Nullable(Type.String()),
  target: Nullable(Type.String()),
  achievement: Nullable(Type.Number()),
  status: Nullable(AchievementStatusSchema),
  /** how many values the roll-up combines (inputs on the contribution axis, measurements on the others) */
  count: Type.Integer(),
});
export type RollupPoint = Static<typeof RollupPoint>;

export const IndicatorRef = Type.Object({
  id: Uuid,
  elementId: Uuid,
  code: Nullable(Type.String()),
  nameTh: Type.String(),
  nameEn: Type.String(),
  kind: IndicatorKindSchema,
  unit: IndicatorUnitSchema,
  unitLabelTh: Nullable(Type.String()),
  unitLabelEn: Nullable(Type.String()),
  direction: DirectionSchema,
  rollupRule: RollupRuleSchema,
  areaBreakdown: Nullable(AreaBreakdownSchema),
});
export type IndicatorRef = Static<typeof IndicatorRef>;

/** An indicator found by the search: enough to pick it (map, agreement KPIs) and say whose it is. */
export const IndicatorSummary = Type.Object({
  ...IndicatorRef.properties,
  planId: Uuid,
  elementTitleTh: Type.String(),
  elementTitleEn: Type.String(),
  responsibleOrganisationId: Uuid,
  responsibleNameTh: Type.String(),
  responsibleNameEn: Type.String(),
});
export type IndicatorSummary = Static<typeof IndicatorSummary>;

export const IndicatorListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the code or of the Thai or English name' })),
    areaBreakdown: Type.Optional(
      StringEnum([...AREA_BREAKDOWNS, 'any'], {
        description: '`any`: only indicators broken down by area (those the province map can colour); otherwise that level only',
      }),
    ),
    responsibleOrganisationId: Type.Optional(
      Type.String({ format: 'uuid', description: 'only indicators this organisation or one below it is responsible for' }),
    ),
  },
  { additionalProperties: false },
);
export type IndicatorListQuery = Static<typeof IndicatorListQuery>;

/** An indicator's roll-up: the point for the asked (or latest) period and the trend over all periods. */
export const IndicatorRollup = Type.Object({ indicator: IndicatorRef, current: Nullable(RollupPoint), trend: Type.Array(RollupPoint) });
export type IndicatorRollup = Static<typeof IndicatorRollup>;

export const RollupQuery = Type.Object({ period: Type.Optional(Period) }, { additionalProperties: false });
export type RollupQuery = Static<typeof RollupQuery>;

export const ElementRollup = Type.Object({ elementId: Uuid, titleTh: Type.String(), titleEn: Type.String(), items: Type.Array(IndicatorRollup) });

const StatusCounts = Type.Object({ green: Type.Integer(), amber: Type.Integer(), red: Type.Integer(), none: Type.Integer() });

export const OrganisationRollup = Type.Object({
  organisationId: Uuid,
  nameTh: Type.String(),
  nameEn: Type.String(),
  items: Type.Array(IndicatorRollup),
  statusCounts: StatusCounts,
});

export const AreaRollupQuery = Type.Object(
  {
    area: Type.Optional(Type.String({ pattern: '^(TH|[0-9]{2}|[0-9]{4}|[0-9]{6})$', description: 'TH (default), a province, district or subdistrict code' })),
    period: Type.Optional(Period),
  },
  { additionalProperties: false },
);
export type AreaRollupQuery = Static<typeof AreaRollupQuery>;

export const AreaRollupRow = Type.Object({
  areaCode: Type.String(),
  level: Type.String(),
  nameTh: Type.String(),
  nameEn: Type.String(),
  ...RollupPoint.properties,
});
export type AreaRollupRow = Static<typeof AreaRollupRow>;

/** An area and its children (all provinces under TH, a province's districts…) for the map. */
export const AreaRollup = Type.Object({
  indicator: IndicatorRef,
  period: Nullable(Type.String()),
  /** periods that have values in this area, oldest first, for a period picker */
  periods: Type.Array(Type.String()),
  area: AreaRollupRow,
  children: Type.Array(AreaRollupRow),
});

export const SecretariatSummary = Type.Object({
  period: Nullable(Type.String()),
  strategies: Type.Array(
    Type.Object({
      elementId: Uuid,
      code: Nullable(Type.String()),
      titleTh: Type.String(),
      titleEn: Type.String(),
      /** the mean achievement of its indicators that have one */
      achievement: Nullable(Type.Number()),
      status: Nullable(AchievementStatusSchema),
      items: Type.Array(IndicatorRollup),
    }),
  ),
});

export const ReportingGridQuery = Type.Object(
  {
    fy: Type.Integer({ minimum: 2400, maximum: 2700, description: 'the fiscal year whose quarters (and the year) are the columns' }),
    organisationId: Type.Optional(Uuid),
    elementId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ReportingGridQuery = Static<typeof ReportingGridQuery>;

export const GridCell = Type.Object({
  period: Type.String(),
  target: Nullable(Type.String()),
  /** the verified value counted in roll-ups */
  verifiedValue: Nullable(Type.String()),
  /** the draft or submitted entry waiting in this cell, if any */
  open: Nullable(Type.Object({ id: Uuid, value: Type.String(), status: MeasurementStatusSchema, version: Type.Integer() })),
  /** the latest rejection since the last verification, with its reason */
  rejected: Nullable(Type.Object({ id: Uuid, value: Type.String(), reason: Type.String() })),
  /** the reporter may type into this cell (in scope, period inside the plan, not waiting for verification) */
  editable: Type.Boolean(),
});
export type GridCell = Static<typeof GridCell>;

export const ReportingGrid = Type.Object({
  fy: Type.Integer(),
  periods: Type.Array(Type.String()),
  rows: Type.Array(
    Type.Object({
      indicator: IndicatorRef,
      /** send this as the cells' organisationId when saving the row */
      reportingOrganisationId: Uuid,
      areaCode: Nullable(Type.String()),
      areaNameTh: Nullable(Type.String()),
      areaNameEn: Nullable(Type.String()),
      elementTitleTh: Type.String(),
      elementTitleEn: Type.String(),
      planTitleTh: Type.String(),
      planTitleEn: Type.String(),
      cells: Type.Array(GridCell),
    }),
  ),
});
export type ReportingGrid = Static<typeof ReportingGrid>;
