import { type Static, Type } from 'typebox';
import { AreaCode } from '../areas/areas.schema.js';
import { IsoDate, StringEnum, Uuid } from '../http/schemas.js';
import { OrganisationRef } from './organisations.schema.js';
import { RELATIONSHIP_KINDS } from './organisations.tables.js';

export const RelationshipKindSchema = StringEnum(RELATIONSHIP_KINDS);
export const FunctionCode = Type.String({ minLength: 1, maxLength: 30, pattern: '^[A-Za-z0-9._-]+$' });

export const RelationshipView = Type.Object(
  {
    id: Uuid,
    kind: RelationshipKindSchema,
    fromOrganisation: OrganisationRef,
    toOrganisation: OrganisationRef,
    functionCodes: Type.Array(Type.String()),
    areaCodes: Type.Array(Type.String()),
    startsOn: Type.Union([IsoDate, Type.Null()]),
    endsOn: Type.Union([IsoDate, Type.Null()]),
    note: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'RelationshipView' },
);
export type RelationshipView = Static<typeof RelationshipView>;

export const CreateRelationshipBody = Type.Object(
  {
    kind: RelationshipKindSchema,
    fromOrganisationId: Uuid,
    toOrganisationId: Uuid,
    functionCodes: Type.Optional(Type.Array(FunctionCode, { maxItems: 200 })),
    areaCodes: Type.Optional(Type.Array(AreaCode, { maxItems: 1000 })),
    startsOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    endsOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateRelationshipBody = Static<typeof CreateRelationshipBody>;
