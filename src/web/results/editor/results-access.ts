import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../auth/auth.queries';
import { organisationKeys } from '../../organisations/organisations.queries';
import { useElement, usePlan } from '../../plans/plans.queries';

/** An organisation's own id and its ancestors' ids: the memberships that reach it. */
function useReach(organisationId: string | null | undefined) {
  const id = organisationId ?? '';
  const org = useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })),
    enabled: !!id,
  });
  return new Set([id, ...(org.data?.ancestors ?? []).map((a) => a.id)].filter(Boolean));
}

/**
 * What the signed-in user may do with an element's results, mirroring the server (as
 * src/web/plans/plan-access.ts does for plans): indicators need `plan.edit` (planner, admin) over the
 * plan's owner on any plan but a closed one — reference plans included; progress reports need
 * `result.report` (reporter too) over the owner or the element's lead organisation.
 * The server still decides; this only hides forms that would be refused.
 */
export function useResultsAccess(elementId: string) {
  const me = useMe().data;
  const element = useElement(elementId);
  const plan = usePlan(element.data?.planId);
  const ownerReach = useReach(plan.data?.ownerOrganisationId);
  const leadReach = useReach(element.data?.leadOrganisationId);
  const holds = (reach: Set<string>, ...roles: string[]) =>
    !!me?.memberships.some((m) => roles.includes(m.role) && (m.role === 'admin' || reach.has(m.organisationId)));
  const open = !!plan.data && plan.data.status !== 'closed';
  return {
    plan: plan.data,
    element: element.data,
    canEditIndicators: open && holds(ownerReach, 'admin', 'planner'),
    canReport: open && (holds(ownerReach, 'admin', 'planner', 'reporter') || holds(leadReach, 'admin', 'planner', 'reporter')),
  };
}
