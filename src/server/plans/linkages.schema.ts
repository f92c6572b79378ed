import { type Static, Type } from 'typebox';
import { Uuid } from '../http/schemas.js';
import { ElementKindSchema, LinkageModeSchema, PlanStatusSchema } from './plans.schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Weight = Type.Number({ minimum: 0, maximum: 100, description: 'contribution weight in per cent' });

export const LinkageView = Type.Object({
  id: Uuid,
  sourceElementId: Uuid,
  targetElementId: Uuid,
  sourcePlanId: Uuid,
  targetPlanId: Uuid,
  mode: LinkageModeSchema,
  weight: Type.Number(),
  rationale: Nullable(Type.String()),
  version: Type.Integer(),
  /** the element at the other end, for lists */
  otherTitleTh: Type.String(),
  otherTitleEn: Type.String(),
  otherPlanTitleTh: Type.String(),
  otherPlanTitleEn: Type.String(),
});
export type LinkageView = Static<typeof LinkageView>;

export const CreateLinkageBody = Type.Object(
  { targetElementId: Uuid, mode: LinkageModeSchema, weight: Weight, rationale: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))) },
  { additionalProperties: false },
);
export type CreateLinkageBody = Static<typeof CreateLinkageBody>;

export const UpdateLinkageBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    mode: Type.Optional(LinkageModeSchema),
    weight: Type.Optional(Weight),
    rationale: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  },
  { additionalProperties: false },
);
export type UpdateLinkageBody = Static<typeof UpdateLinkageBody>;

export const ElementLinkages = Type.Object({ outgoing: Type.Array(LinkageView), incoming: Type.Array(LinkageView) });

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200 }),
    minLevel: Type.Optional(Type.String({ maxLength: 50, description: 'plan level code: only plans at this level or higher' })),
    forElementId: Type.Optional(Uuid),
    kind: Type.Optional(ElementKindSchema),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

/** An element with the plan it sits in, for pickers and analysis lists. */
export const ElementRef = Type.Object({
  id: Uuid,
  kind: ElementKindSchema,
  code: Nullable(Type.String()),
  titleTh: Type.String(),
  titleEn: Type.String(),
  planId: Uuid,
  planTitleTh: Type.String(),
  planTitleEn: Type.String(),
  planStatus: PlanStatusSchema,
  levelCode: Type.String(),
  levelRank: Type.Integer(),
  ownerOrganisationId: Uuid,
  leadOrganisationId: Nullable(Uuid),
});
export type ElementRef = Static<typeof ElementRef>;

export const AlignmentQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 0, maximum: 1000, default: 100 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    after: Type.Optional(
      Type.String({
        pattern: '^-?[0-9]{1,9}:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        description: 'contributor cursor: `contributors.next` of the previous page (offset then counts from it)',
      }),
    ),
    kind: Type.Optional(ElementKindSchema),
    coverage: Type.Boolean({ default: true, description: 'compute coverage and gaps (an upward walk from every contributing project)' }),
    orphans: Type.Boolean({ default: true, description: 'compute orphans of the lower plans in scope (a walk over those plans)' }),
  },
  { additionalProperties: false },
);
export type AlignmentQuery = Static<typeof AlignmentQuery>;

const Count = Type.Integer({ minimum: 0 });
const OrganisationCount = Type.Object({ organisationId: Uuid, nameTh: Type.String(), nameEn: Type.String(), count: Count });
/** A page of an element's contributors by owner organisation, largest first. */
export const AlignmentOrganisations = Type.Object({ total: Count, items: Type.Array(OrganisationCount) });
export const AlignmentOrganisationsQuery = Type.Object(
  { limit: Type.Integer({ minimum: 1, maximum: 1000, default: 50 }), offset: Type.Integer({ minimum: 0, default: 0 }) },
  { additionalProperties: false },
);
export const Alignment = Type.Object({
  element: ElementRef,
  /** every contributing element (not the element itself), through the tree and linkages */
  total: Count,
  byKind: Type.Array(Type.Object({ kind: ElementKindSchema, count: Count })),
  byLevel: Type.Array(Type.Object({ levelCode: Type.String(), levelRank: Type.Integer(), count: Count })),
  /** by the organisation that owns the contributing plan: the 50 largest (count desc, then id); the rest from GET …/alignment/organisations */
  byOrganisation: Type.Array(OrganisationCount),
  /** how many organisations own contributing plans (the length of the whole byOrganisation ranking) */
  organisationTotal: Count,
  /** null when `coverage=false` */
  coverage: Nullable(Type.Object({ strategies: Count, covered: Count, percent: Type.Number() })),
  gaps: Nullable(Type.Array(ElementRef)),
  /** null when `orphans=false`; items are the first 50 */
  orphans: Nullable(Type.Object({ total: Count, items: Type.Array(ElementRef) })),
  /** `next`: the cursor of the following page (pass it as `after`), null on the last page */
  contributors: Type.Object({ total: Count, items: Type.Array(ElementRef), next: Nullable(Type.String()) }),
});

export const ChainNode = Type.Object({ ...ElementRef.properties, parentId: Nullable(Uuid) });
export const Chain = Type.Object({
  elementId: Uuid,
  nodes: Type.Array(ChainNode),
  edges: Type.Array(
    Type.Object({
      from: Uuid,
      to: Uuid,
      kind: Type.Union([Type.Literal('parent'), Type.Literal('linkage')]),
      mode: Nullable(LinkageModeSchema),
      weight: Nullable(Type.Number()),
    }),
  ),
  /** each path from the element to a top (an element with no parent and no upward linkage), ids bottom-up; at most 100 */
  paths: Type.Array(Type.Array(Uuid)),
  truncated: Type.Boolean(),
});

export const OrphansQuery = Type.Object(
  { limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }), offset: Type.Integer({ minimum: 0, default: 0 }) },
  { additionalProperties: false },
);
export const DisagreementsQuery = Type.Object({ minGap: Type.Integer({ minimum: 1, maximum: 4, default: 1 }) }, { additionalProperties: false });
