import { type Static, Type } from 'typebox';
import { StringEnum, Uuid } from '../http/schemas.js';
import { LOCALES, ROLES } from './accounts.tables.js';

export const RoleSchema = StringEnum(ROLES);
export const LocaleSchema = StringEnum(LOCALES);
const Email = Type.String({ format: 'email', maxLength: 254 });
const Password = Type.String({ minLength: 10, maxLength: 200 });

export const LoginBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

export const MembershipView = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationNameTh: Type.String(),
  organisationNameEn: Type.String(),
  role: RoleSchema,
});

export const Me = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  locale: LocaleSchema,
  memberships: Type.Array(MembershipView),
  /** echo in the X-CSRF-Token header of every cookie-authenticated write */
  csrfToken: Type.Optional(Type.String()),
});
export type Me = Static<typeof Me>;

export const UpdateMeBody = Type.Object(
  { locale: Type.Optional(LocaleSchema), name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
  { additionalProperties: false },
);
export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Password },
  { additionalProperties: false },
);

export const UserView = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  locale: LocaleSchema,
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  memberships: Type.Array(MembershipView),
});
export type UserView = Static<typeof UserView>;

export const CreateUserBody = Type.Object(
  {
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    password: Password,
    locale: Type.Optional(LocaleSchema),
    memberships: Type.Array(Type.Object({ organisationId: Uuid, role: RoleSchema }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const AddMembershipBody = Type.Object({ organisationId: Uuid, role: RoleSchema }, { additionalProperties: false });

export const TokenView = Type.Object({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export const CreateTokenBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
export const CreatedToken = Type.Object({ ...TokenView.properties, secret: Type.String({ description: 'shown once; store it now' }) });
