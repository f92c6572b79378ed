import { type Static, Type } from 'typebox';
import { IsoDate, StringEnum, Uuid } from '../http/schemas.js';
import { AGREEMENT_SIDES, AGREEMENT_STATUSES } from './agreements.tables.js';

export const AgreementStatusSchema = StringEnum(AGREEMENT_STATUSES);
export const AgreementSideSchema = StringEnum(AGREEMENT_SIDES);
const Title = Type.String({ minLength: 1, maxLength: 500 });
const FiscalYear = Type.Integer({ minimum: 2400, maximum: 2800, description: 'Thai fiscal year, Buddhist Era (1 Oct – 30 Sep, named by the year it ends in)' });
/** Money-safe decimals travel as strings: numeric in, numeric out, never a float. */
const Weight = Type.String({ pattern: '^\\d{1,3}(\\.\\d{1,2})?$', description: 'percentage, up to two decimals, e.g. "25.50"' });
const Value = Type.String({ pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$', description: 'an indicator value, e.g. "82.5"' });
const DateTime = Type.String({ format: 'date-time' });

export const KpiInput = Type.Object(
  {
    indicatorId: Uuid,
    weight: Weight,
    /** the indicator values that earn levels 1, 2, 3, 4 and 5 */
    criteria: Type.Array(Value, { minItems: 5, maxItems: 5 }),
  },
  { additionalProperties: false },
);
export type KpiInput = Static<typeof KpiInput>;
const Kpis = Type.Array(KpiInput, { maxItems: 50 });

export const CreateAgreementBody = Type.Object(
  {
    principalOrganisationId: Uuid,
    agentOrganisationId: Uuid,
    fiscalYear: FiscalYear,
    /** default: the fiscal year */
    periodStart: Type.Optional(IsoDate),
    periodEnd: Type.Optional(IsoDate),
    titleTh: Title,
    titleEn: Title,
    kpis: Type.Optional(Kpis),
  },
  { additionalProperties: false },
);
export type CreateAgreementBody = Static<typeof CreateAgreementBody>;

export const UpdateAgreementBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    fiscalYear: Type.Optional(FiscalYear),
    periodStart: Type.Optional(IsoDate),
    periodEnd: Type.Optional(IsoDate),
    titleTh: Type.Optional(Title),
    titleEn: Type.Optional(Title),
    /** replaces the whole KPI list */
    kpis: Type.Optional(Kpis),
  },
  { additionalProperties: false },
);
export type UpdateAgreementBody = Static<typeof UpdateAgreementBody>;

export const TransitionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const SignBody = Type.Object({ version: Type.Integer({ minimum: 1 }), side: AgreementSideSchema }, { additionalProperties: false });
export type SignBody = Static<typeof SignBody>;

const OrgRef = Type.Object({ id: Uuid, code: Type.String(), nameTh: Type.String(), nameEn: Type.String() });

export const AgreementSummary = Type.Object({
  id: Uuid,
  titleTh: Type.String(),
  titleEn: Type.String(),
  fiscalYear: Type.Integer(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  status: AgreementStatusSchema,
  principal: OrgRef,
  agent: OrgRef,
  /** frozen once evaluated; before that null (see the agreement page for live scores) */
  totalScore: Type.Union([Type.String(), Type.Null()]),
});
export type AgreementSummary = Static<typeof AgreementSummary>;

export const KpiView = Type.Object({
  id: Uuid,
  position: Type.Integer(),
  indicator: Type.Object({
    id: Uuid,
    code: Type.Union([Type.String(), Type.Null()]),
    nameTh: Type.String(),
    nameEn: Type.String(),
    unit: Type.String({ description: 'count, percent, baht or number' }),
    unitLabelTh: Type.Union([Type.String(), Type.Null()]),
    unitLabelEn: Type.Union([Type.String(), Type.Null()]),
    direction: Type.String({ description: 'up (higher is better), down or keep' }),
  }),
  weight: Type.String(),
  criteria: Type.Array(Type.String(), { minItems: 5, maxItems: 5 }),
  /** the indicator's verified value for the period (frozen at evaluation); null when not reported */
  actualValue: Type.Union([Type.String(), Type.Null()]),
  /** 1.0000–5.0000, linear between levels; null without an actual value */
  score: Type.Union([Type.String(), Type.Null()]),
});
export type KpiView = Static<typeof KpiView>;

export const SignatureView = Type.Object({ side: AgreementSideSchema, signerName: Type.String(), signedAt: DateTime });

export const AgreementView = Type.Object({
  ...AgreementSummary.properties,
  kpis: Type.Array(KpiView),
  weightsTotal: Type.String(),
  /** live until evaluation, then the frozen one */
  weightedTotal: Type.Union([Type.String(), Type.Null()]),
  signatures: Type.Array(SignatureView),
  can: Type.Object({
    edit: Type.Boolean(),
    propose: Type.Boolean(),
    withdraw: Type.Boolean(),
    signPrincipal: Type.Boolean(),
    signAgent: Type.Boolean(),
    evaluate: Type.Boolean(),
  }),
  evaluatedAt: Type.Union([DateTime, Type.Null()]),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type AgreementView = Static<typeof AgreementView>;

export const AgreementListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    fiscalYear: Type.Optional(FiscalYear),
    status: Type.Optional(AgreementStatusSchema),
    /** agreements where this organisation is principal or agent */
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type AgreementListQuery = Static<typeof AgreementListQuery>;
