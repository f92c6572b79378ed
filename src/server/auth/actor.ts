import type { Locale, Role } from '../accounts/accounts.tables.js';

export interface ActorMembership {
  organisationId: string;
  /** the organisation's materialised path: the role reaches every path that starts with it */
  organisationPath: string;
  role: Role;
}

/** Who is acting: one object passed from the route into every service call. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  memberships: ActorMembership[];
  via: 'session' | 'token' | 'system';
  /** the HTTP request this actor is acting through, carried into audit rows */
  requestId?: string;
}

/** The actor used by seeds and the CLI: recorded in the audit log, holds no memberships. */
export const SYSTEM_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'system@prasan.local',
  name: 'system',
  locale: 'en',
  memberships: [],
  via: 'system',
};
