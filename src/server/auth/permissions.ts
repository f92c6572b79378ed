import type { Role } from '../accounts/accounts.tables.js';

/**
 * What each role may do, within the subtree of the organisation where it is held.
 * Public reference data (areas, the organisation tree, functions) needs no permission to read.
 */
export const PERMISSIONS = {
  'organisation.manage': ['admin'],
  'members.manage': ['admin'],
  'audit.read': ['admin', 'auditor'],
  'private.read': ['admin', 'planner', 'approver', 'reporter', 'secretary', 'viewer', 'auditor'],
  'plan.edit': ['admin', 'planner'],
  'plan.approve': ['admin', 'approver'],
  'result.report': ['admin', 'planner', 'reporter'],
  'result.verify': ['admin', 'approver'],
  'budget.edit': ['admin', 'planner'],
  'committee.manage': ['admin', 'secretary'],
  'agreement.edit': ['admin', 'planner'],
  'agreement.sign': ['admin', 'approver'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleGrants(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
