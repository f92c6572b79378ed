import { type Static, Type } from 'typebox';
import { IsoDate, StringEnum, Uuid } from '../http/schemas.js';
import { BUDGET_FINDING_KINDS, BUDGET_SOURCES, TRANSFER_STATUSES } from './budgets.tables.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** Buddhist-Era Thai fiscal year, e.g. 2569 = 1 Oct 2025 – 30 Sep 2026. */
const FiscalYear = Type.Integer({ minimum: 2400, maximum: 2700, description: 'Thai fiscal year in the Buddhist Era' });
/** Money travels as a decimal string, never a float: up to 14 digits, at most 2 decimals, not negative. */
export const Money = Type.String({
  pattern: '^(0|[1-9][0-9]{0,13})(\\.[0-9]{1,2})?$',
  description: 'amount as a decimal string, e.g. "1250000.50"',
  examples: ['1250000.50'],
});
/** Money in answers (sums and weighted roll-ups may exceed the 14 digits of one amount). */
const MoneyOut = Type.String({ description: 'amount in baht as a decimal string with two decimals' });
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code; THB by default' });
const ExchangeRate = Type.String({ pattern: '^(0|[1-9][0-9]{0,5})(\\.[0-9]{1,6})?$', description: 'baht per unit of the currency, as a decimal string' });
const Note = Nullable(Type.String({ maxLength: 5000 }));
const Version = Type.Integer({ minimum: 1, description: 'the version you read; a stale one is refused with 409 stale_version' });

export const BudgetSourceSchema = StringEnum(BUDGET_SOURCES);
export const TransferStatusSchema = StringEnum(TRANSFER_STATUSES);
export const FindingKindSchema = StringEnum(BUDGET_FINDING_KINDS);

export const FyQuery = Type.Object({ fy: Type.Optional(FiscalYear) }, { additionalProperties: false });
export type FyQuery = Static<typeof FyQuery>;

// ── budget lines ────────────────────────────────────────────────────────────────────────────
export const BudgetLineView = Type.Object({
  id: Uuid,
  elementId: Uuid,
  planId: Uuid,
  organisationId: Uuid,
  levelCode: Type.String(),
  fiscalYear: Type.Integer(),
  source: BudgetSourceSchema,
  currency: Type.String(),
  exchangeRate: Nullable(Type.String()),
  rateDate: Nullable(Type.String()),
  requested: MoneyOut,
  allocated: MoneyOut,
  committed: MoneyOut,
  disbursed: MoneyOut,
  requestedThb: MoneyOut,
  allocatedThb: MoneyOut,
  committedThb: MoneyOut,
  disbursedThb: MoneyOut,
  note: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type BudgetLineView = Static<typeof BudgetLineView>;

const currencyFields = {
  currency: Type.Optional(Currency),
  exchangeRate: Type.Optional(Nullable(ExchangeRate)),
  rateDate: Type.Optional(Nullable(IsoDate)),
};

export const CreateBudgetLineBody = Type.Object(
  {
    fiscalYear: FiscalYear,
    source: BudgetSourceSchema,
    ...currencyFields,
    requested: Type.Optional(Money),
    allocated: Type.Optional(Money),
    committed: Type.Optional(Money),
    disbursed: Type.Optional(Money),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type CreateBudgetLineBody = Static<typeof CreateBudgetLineBody>;

export const UpdateBudgetLineBody = Type.Object(
  { version: Version, ...CreateBudgetLineBody.properties, fiscalYear: Type.Optional(FiscalYear), source: Type.Optional(BudgetSourceSchema) },
  { additionalProperties: false },
);
export type UpdateBudgetLineBody = Static<typeof UpdateBudgetLineBody>;

export const BudgetLineHistoryEntry = Type.Object({
  action: Type.String(),
  actorLabel: Nullable(Type.String()),
  at: Type.String({ format: 'date-time' }),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

// ── transfers ───────────────────────────────────────────────────────────────────────────────
export const TransferView = Type.Object({
  id: Uuid,
  fromOrganisationId: Uuid,
  fromNameTh: Type.String(),
  fromNameEn: Type.String(),
  toOrganisationId: Uuid,
  toNameTh: Type.String(),
  toNameEn: Type.String(),
  fiscalYear: Type.Integer(),
  amount: MoneyOut,
  transferDate: Type.String(),
  status: TransferStatusSchema,
  elementIds: Type.Array(Uuid),
  note: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type TransferView = Static<typeof TransferView>;

export const CreateTransferBody = Type.Object(
  {
    fromOrganisationId: Uuid,
    toOrganisationId: Uuid,
    fiscalYear: FiscalYear,
    amount: Money,
    transferDate: IsoDate,
    status: Type.Optional(TransferStatusSchema),
    elementIds: Type.Array(Uuid, { maxItems: 100, description: 'the elements this money funds' }),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type CreateTransferBody = Static<typeof CreateTransferBody>;

export const UpdateTransferBody = Type.Object(
  {
    version: Version,
    amount: Type.Optional(Money),
    transferDate: Type.Optional(IsoDate),
    status: Type.Optional(TransferStatusSchema),
    elementIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type UpdateTransferBody = Static<typeof UpdateTransferBody>;

export const TransferListQuery = Type.Object(
  {
    fy: Type.Optional(FiscalYear),
    organisationId: Type.Optional(Type.String({ format: 'uuid', description: 'transfers from or to this organisation' })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
  },
  { additionalProperties: false },
);
export type TransferListQuery = Static<typeof TransferListQuery>;

// ── pledges and funding gaps ────────────────────────────────────────────────────────────────
export const PledgeView = Type.Object({
  id: Uuid,
  elementId: Uuid,
  planId: Uuid,
  partnerOrganisationId: Uuid,
  partnerNameTh: Type.String(),
  partnerNameEn: Type.String(),
  fiscalYear: Type.Integer(),
  currency: Type.String(),
  exchangeRate: Nullable(Type.String()),
  rateDate: Nullable(Type.String()),
  pledged: MoneyOut,
  committed: MoneyOut,
  received: MoneyOut,
  pledgedThb: MoneyOut,
  committedThb: MoneyOut,
  receivedThb: MoneyOut,
  note: Nullable(Type.String()),
  version: Type.Integer(),
});
export type PledgeView = Static<typeof PledgeView>;

export const CreatePledgeBody = Type.Object(
  {
    partnerOrganisationId: Uuid,
    fiscalYear: FiscalYear,
    ...currencyFields,
    pledged: Money,
    committed: Type.Optional(Money),
    received: Type.Optional(Money),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type CreatePledgeBody = Static<typeof CreatePledgeBody>;

export const UpdatePledgeBody = Type.Object(
  {
    version: Version,
    ...CreatePledgeBody.properties,
    partnerOrganisationId: Type.Optional(Uuid),
    fiscalYear: Type.Optional(FiscalYear),
    pledged: Type.Optional(Money),
  },
  { additionalProperties: false },
);
export type UpdatePledgeBody = Static<typeof UpdatePledgeBody>;

/** need = requested (the programme and everything under it); gap = need − allocated − pledged (negative: more than needed). */
export const FundingGap = Type.Object({
  elementId: Uuid,
  code: Nullable(Type.String()),
  titleTh: Type.String(),
  titleEn: Type.String(),
  requested: MoneyOut,
  allocated: MoneyOut,
  pledged: MoneyOut,
  committed: MoneyOut,
  received: MoneyOut,
  gap: MoneyOut,
});
export type FundingGap = Static<typeof FundingGap>;

// ── roll-ups ────────────────────────────────────────────────────────────────────────────────
export const Amounts = Type.Object({ requested: MoneyOut, allocated: MoneyOut, committed: MoneyOut, disbursed: MoneyOut });
export type Amounts = Static<typeof Amounts>;

/** total = own + every child's total + every linked source's total × weight/100, recursively. */
export const ElementRollup = Type.Object({
  elementId: Uuid,
  fiscalYear: Nullable(Type.Integer()),
  own: Amounts,
  total: Amounts,
  /** each direct contributor's share of the total: a child (weight 100) or a linked source (its weight) */
  parts: Type.Array(
    Type.Object({
      elementId: Uuid,
      via: Type.Union([Type.Literal('child'), Type.Literal('linkage')]),
      weight: Type.Number(),
      kind: Type.String(),
      code: Nullable(Type.String()),
      titleTh: Type.String(),
      titleEn: Type.String(),
      amounts: Amounts,
    }),
  ),
});
export type ElementRollup = Static<typeof ElementRollup>;

const RollupPart = Type.Object({ id: Type.String(), nameTh: Type.String(), nameEn: Type.String(), amounts: Amounts });
/** Organisation tree: own lines, the whole subtree, and each child's subtree. */
export const OrganisationRollup = Type.Object({
  organisationId: Uuid,
  fiscalYear: Nullable(Type.Integer()),
  own: Amounts,
  total: Amounts,
  children: Type.Array(RollupPart),
});
/** Area tree: lines of elements placed in the area or below it (a line counts once per area). */
export const AreaRollup = Type.Object({ areaCode: Type.String(), fiscalYear: Nullable(Type.Integer()), total: Amounts, children: Type.Array(RollupPart) });
export const AreaCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) }, { additionalProperties: false });

// ── budget flow ─────────────────────────────────────────────────────────────────────────────
export const FlowQuery = Type.Object(
  {
    fy: FiscalYear,
    organisationId: Type.Optional(Type.String({ format: 'uuid', description: 'an organisation subtree; the whole country when absent' })),
    maxOrganisations: Type.Integer({
      minimum: 1,
      maximum: 500,
      default: 40,
      description: 'the largest organisations get a node each; the rest share "other organisations"',
    }),
  },
  { additionalProperties: false },
);
export type FlowQuery = Static<typeof FlowQuery>;

export const FlowNodeKind = StringEnum(['source', 'level', 'organisation', 'strategy'] as const);
/** Data for an ECharts Sankey: source → plan level → organisation → national strategy, plus transfers organisation → organisation. */
export const BudgetFlow = Type.Object({
  fiscalYear: Type.Integer(),
  organisationId: Nullable(Uuid),
  nodes: Type.Array(Type.Object({ id: Type.String(), name_th: Type.String(), name_en: Type.String(), kind: FlowNodeKind })),
  links: Type.Array(Type.Object({ source: Type.String(), target: Type.String(), amount: MoneyOut })),
});
export type BudgetFlow = Static<typeof BudgetFlow>;

// ── consistency checks ──────────────────────────────────────────────────────────────────────
export const ChecksQuery = Type.Object(
  { fy: FiscalYear, organisationId: Type.Optional(Type.String({ format: 'uuid', description: 'only this organisation subtree' })) },
  { additionalProperties: false },
);
export type ChecksQuery = Static<typeof ChecksQuery>;

/** One problem with its numbers and the ids to link to the fix: `actual` exceeds `limit` by `excess`. */
export const BudgetFinding = Type.Object({
  kind: FindingKindSchema,
  fiscalYear: Type.Integer(),
  elementId: Nullable(Uuid),
  planId: Nullable(Uuid),
  organisationId: Nullable(Uuid),
  budgetLineId: Nullable(Uuid),
  nameTh: Type.String(),
  nameEn: Type.String(),
  limit: MoneyOut,
  actual: MoneyOut,
  excess: MoneyOut,
});
export type BudgetFinding = Static<typeof BudgetFinding>;
export const BudgetChecks = Type.Object({
  fiscalYear: Type.Integer(),
  /** checks that could not run (none today; kept so a check can be switched off without an API change) */
  skipped: Type.Array(FindingKindSchema),
  findings: Type.Array(BudgetFinding),
});
