import type { Role } from '../api/enums';

export interface NavItem {
  to: string;
  /** key in the common namespace */
  label: string;
  /** shown only to holders of one of these roles; absent = everyone signed in */
  roles?: Role[];
}

/** Navigation by domain area; items with `roles` show only to users holding one of them. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/organisations', label: 'nav.organisations' },
  { to: '/plans', label: 'nav.plans' },
  { to: '/overlaps', label: 'nav.overlaps' },
  { to: '/committees', label: 'nav.committees' },
  { to: '/inbox', label: 'nav.inbox' },
  { to: '/network', label: 'nav.network' },
  { to: '/agreements', label: 'nav.agreements' },
  { to: '/budget-flow', label: 'nav.budgets' },
  { to: '/results/dashboard', label: 'nav.results' },
  { to: '/results/reporting', label: 'nav.reporting', roles: ['admin', 'reporter', 'planner'] },
  { to: '/results/verification', label: 'nav.verification', roles: ['admin', 'approver'] },
  { to: '/responsibility-matrix', label: 'nav.matrix' },
  { to: '/areas', label: 'nav.areas' },
  { to: '/users', label: 'nav.users', roles: ['admin'] },
  { to: '/audit', label: 'nav.audit', roles: ['admin', 'auditor'] },
];
