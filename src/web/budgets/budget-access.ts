import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/auth.queries';
import { organisationKeys } from '../organisations/organisations.queries';
import type { PlanView } from '../plans/plans.queries';

/**
 * Whether the user may enter budget lines on a plan's elements, mirroring the server's rule:
 * `budget.edit` (admin or planner) held in the plan owner's organisation or above it, on any plan
 * but a national reference, whatever the plan's status (budgets move during the year). The server
 * still decides; this only hides buttons that would fail.
 */
export function useCanEditBudget(plan: PlanView | undefined): boolean {
  const me = useMe().data;
  const ownerId = plan?.ownerOrganisationId ?? '';
  const owner = useQuery({
    queryKey: organisationKeys.detail(ownerId),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: ownerId } } })),
    enabled: !!ownerId && !plan?.isReference,
  });
  if (!plan || plan.isReference || !me) return false;
  const reach = new Set([plan.ownerOrganisationId, ...(owner.data?.ancestors ?? []).map((a) => a.id)]);
  return me.memberships.some((m) => m.role === 'admin' || (m.role === 'planner' && reach.has(m.organisationId)));
}
