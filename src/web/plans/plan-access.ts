import { useMe } from '../auth/auth.queries';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { organisationKeys } from '../organisations/organisations.queries';
import { fiscalYearLabel } from '../../shared/fiscal-year';
import { useLocalized } from '../common/use-localized';
import { EDITABLE_STATUSES, type PlanView } from './plans.queries';

/**
 * What the signed-in user may do with a plan, mirroring the server's rule (a role held in an
 * organisation reaches its subtree). The server still decides; this only hides buttons that would fail.
 */
export function usePlanAccess(plan: PlanView | undefined) {
  const me = useMe().data;
  const ownerId = plan?.ownerOrganisationId ?? '';
  // the owner's ancestors tell which memberships reach it; shared cache with the organisation page
  const owner = useQuery({
    queryKey: organisationKeys.detail(ownerId),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: ownerId } } })),
    enabled: !!ownerId && !plan?.isReference,
  });
  const reach = new Set([plan?.ownerOrganisationId, ...(owner.data?.ancestors ?? []).map((a) => a.id)]);
  const holds = (...roles: string[]) => !!me?.memberships.some((m) => roles.includes(m.role) && (m.role === 'admin' || reach.has(m.organisationId)));
  const canEditRole = !!plan && !plan.isReference && holds('admin', 'planner');
  const canApproveRole = !!plan && !plan.isReference && holds('admin', 'approver');
  const status = plan?.status;
  return {
    canEditContent: canEditRole && !!status && EDITABLE_STATUSES.includes(status),
    canSubmit: canEditRole && (status === 'draft' || status === 'returned'),
    canApprove: canApproveRole && status === 'submitted',
    canReturn: canApproveRole && status === 'submitted',
    canActivate: canApproveRole && status === 'approved',
    canRevise: canEditRole && (status === 'approved' || status === 'active'),
  };
}

/** "ปีงบประมาณ พ.ศ. 2567 – 2570" / "FY 2024 (BE 2567) – FY 2027 (BE 2570)". */
export function useFiscalSpan() {
  const { language } = useLocalized();
  return (from: number, to: number) =>
    from === to ? fiscalYearLabel(from, language) : `${fiscalYearLabel(from, language)} – ${language === 'th' ? to : fiscalYearLabel(to, language)}`;
}

interface Titled {
  titleTh: string;
  titleEn: string;
}

/** The title in the UI language (plans and elements carry both). */
export function useTitle() {
  const { language } = useLocalized();
  return (item: Titled) => (language === 'th' ? item.titleTh : item.titleEn) || item.titleTh || item.titleEn;
}
