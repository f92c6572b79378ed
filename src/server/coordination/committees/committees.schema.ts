import { type Static, Type } from 'typebox';
import { StringEnum, Uuid } from '../../http/schemas.js';
import { COMMITTEE_KINDS, COMMITTEE_STATUSES, MEMBER_ROLES } from './committees.tables.js';

export const CommitteeKindSchema = StringEnum(COMMITTEE_KINDS);
export const CommitteeStatusSchema = StringEnum(COMMITTEE_STATUSES);
export const MemberRoleSchema = StringEnum(MEMBER_ROLES);
const Name = Type.String({ minLength: 1, maxLength: 300 });
const Description = Type.Union([Type.String({ maxLength: 5000 }), Type.Null()]);
const Codes = Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 200 });
const DateTime = Type.String({ format: 'date-time' });

/** A seat: a member organisation, or (lay boards only) a citizen with minimal personal data. */
export const MemberInput = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    citizen: Type.Optional(
      Type.Object(
        {
          /** an existing citizen seat to keep (its attendance history stays attached) */
          id: Type.Optional(Uuid),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          contact: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
        },
        { additionalProperties: false },
      ),
    ),
    role: MemberRoleSchema,
  },
  { additionalProperties: false, description: 'exactly one of organisationId or citizen' },
);
export type MemberInput = Static<typeof MemberInput>;

export const CreateCommitteeBody = Type.Object(
  {
    kind: CommitteeKindSchema,
    nameTh: Name,
    nameEn: Name,
    descriptionTh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    hostOrganisationId: Uuid,
    parentCommitteeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    areaCodes: Type.Optional(Codes),
    functionCodes: Type.Optional(Codes),
    status: Type.Optional(CommitteeStatusSchema),
    members: Type.Array(MemberInput, { maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type CreateCommitteeBody = Static<typeof CreateCommitteeBody>;

export const UpdateCommitteeBody = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    kind: Type.Optional(CommitteeKindSchema),
    nameTh: Type.Optional(Name),
    nameEn: Type.Optional(Name),
    descriptionTh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    parentCommitteeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    areaCodes: Type.Optional(Codes),
    functionCodes: Type.Optional(Codes),
    status: Type.Optional(CommitteeStatusSchema),
  },
  { additionalProperties: false },
);
export type UpdateCommitteeBody = Static<typeof UpdateCommitteeBody>;

export const ReplaceMembersBody = Type.Object({ members: Type.Array(MemberInput, { maxItems: 500 }) }, { additionalProperties: false });

const OrgRef = { id: Uuid, code: Type.String(), nameTh: Type.String(), nameEn: Type.String() };

export const MemberView = Type.Object({
  id: Uuid,
  role: MemberRoleSchema,
  organisation: Type.Union([Type.Object(OrgRef), Type.Null()]),
  citizen: Type.Union([Type.Object({ name: Type.String(), contact: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
});
export type MemberView = Static<typeof MemberView>;

/** What anyone may read: name, kind, host. */
export const CommitteeSummary = Type.Object({
  id: Uuid,
  kind: CommitteeKindSchema,
  nameTh: Type.String(),
  nameEn: Type.String(),
  status: CommitteeStatusSchema,
  host: Type.Object(OrgRef),
  parentCommitteeId: Type.Union([Uuid, Type.Null()]),
});
export type CommitteeSummary = Static<typeof CommitteeSummary>;

export const CommitteeView = Type.Object({
  ...CommitteeSummary.properties,
  descriptionTh: Type.Union([Type.String(), Type.Null()]),
  descriptionEn: Type.Union([Type.String(), Type.Null()]),
  areaCodes: Type.Array(Type.String()),
  functionCodes: Type.Array(Type.String()),
  members: Type.Array(MemberView),
  /** whether the caller may edit the committee and run its meetings */
  canManage: Type.Boolean(),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type CommitteeView = Static<typeof CommitteeView>;

export const CommitteeListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    kind: Type.Optional(CommitteeKindSchema),
    hostOrganisationId: Type.Optional(Uuid),
    parentCommitteeId: Type.Optional(Uuid),
    /** only committees where this organisation holds a seat */
    memberOrganisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CommitteeListQuery = Static<typeof CommitteeListQuery>;
