import { type Static, Type } from 'typebox';
import { AreaCode, AreaView } from '../areas/areas.schema.js';
import { ROLES } from '../accounts/accounts.tables.js';
import { StringEnum, Uuid } from '../http/schemas.js';
import { ORGANISATION_KINDS, TIERS } from './organisations.tables.js';

export const TierSchema = StringEnum(TIERS);
export const OrganisationKindSchema = StringEnum(ORGANISATION_KINDS);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const Code = Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'unique, e.g. UDN-PO' });
const Name = Type.String({ minLength: 1, maxLength: 300 });
const Abbreviation = Type.String({ minLength: 1, maxLength: 50 });
const Website = Type.String({ format: 'uri', maxLength: 500, pattern: '^https?://' });
const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 of an area of level country' });
const AreaCodes = Type.Array(AreaCode, { maxItems: 1000, description: 'official codes of the areas served' });

export const OrganisationSummary = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    kind: OrganisationKindSchema,
    tier: TierSchema,
    parentId: Nullable(Uuid),
    nameTh: Type.String(),
    nameEn: Type.String(),
    abbreviation: Nullable(Type.String()),
    childCount: Type.Integer(),
  },
  { title: 'OrganisationSummary' },
);
export type OrganisationSummary = Static<typeof OrganisationSummary>;

export const OrganisationRef = Type.Object({ id: Uuid, nameTh: Type.String(), nameEn: Type.String() }, { title: 'OrganisationRef' });
export type OrganisationRef = Static<typeof OrganisationRef>;

export const OrganisationDetail = Type.Object(
  {
    ...OrganisationSummary.properties,
    version: Type.Integer(),
    countryCode: Nullable(Type.String()),
    website: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    ancestors: Type.Array(OrganisationRef, { description: 'root first, without the organisation itself' }),
    areas: Type.Array(AreaView),
  },
  { title: 'OrganisationDetail' },
);
export type OrganisationDetail = Static<typeof OrganisationDetail>;

export const OrganisationsQuery = Type.Object(
  {
    parent: Type.Optional(
      Type.String({
        pattern: '^(root|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$',
        description: 'an organisation id for its children, or "root"; absent: the whole tree',
      }),
    ),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'matches Thai or English name or code' })),
    kind: Type.Optional(OrganisationKindSchema),
    tier: Type.Optional(TierSchema),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    sort: Type.Optional(Type.String({ maxLength: 20, description: 'nameEn | nameTh | code, "-" for descending' })),
  },
  { additionalProperties: false },
);
export type OrganisationsQuery = Static<typeof OrganisationsQuery>;

export const CreateOrganisationBody = Type.Object(
  {
    code: Code,
    kind: OrganisationKindSchema,
    tier: TierSchema,
    parentId: Nullable(Uuid),
    nameTh: Name,
    nameEn: Name,
    abbreviation: Type.Optional(Nullable(Abbreviation)),
    website: Type.Optional(Nullable(Website)),
    countryCode: Type.Optional(Nullable(CountryCode)),
    areaCodes: Type.Optional(AreaCodes),
  },
  { additionalProperties: false },
);
export type CreateOrganisationBody = Static<typeof CreateOrganisationBody>;

export const UpdateOrganisationBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'the version you read; a newer one answers 409 stale_version' }),
    code: Type.Optional(Code),
    kind: Type.Optional(OrganisationKindSchema),
    tier: Type.Optional(TierSchema),
    parentId: Type.Optional(Nullable(Uuid)),
    nameTh: Type.Optional(Name),
    nameEn: Type.Optional(Name),
    abbreviation: Type.Optional(Nullable(Abbreviation)),
    website: Type.Optional(Nullable(Website)),
    countryCode: Type.Optional(Nullable(CountryCode)),
    areaCodes: Type.Optional(AreaCodes),
  },
  { additionalProperties: false },
);
export type UpdateOrganisationBody = Static<typeof UpdateOrganisationBody>;

export const SetAreasBody = Type.Object({ areaCodes: AreaCodes }, { additionalProperties: false });

export const MemberView = Type.Object(
  { membershipId: Uuid, userId: Uuid, name: Type.String(), email: Type.String(), role: StringEnum(ROLES) },
  { title: 'MemberView' },
);
export type MemberView = Static<typeof MemberView>;
