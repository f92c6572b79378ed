import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { LoginPage } from '../auth/login-page';
import { validateBudgetSearch, validateMobilisationSearch } from '../budgets/budget-search';
import { meQuery } from '../auth/auth.queries';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { Shell } from './shell';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => (typeof search.redirect === 'string' ? { redirect: search.redirect } : {}),
  component: LoginPage,
});

/** Every page below needs a session: without one the user goes to login and comes back after. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { me };
  },
  component: Shell,
});

const indexRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/organisations' });
  },
});

// pages load on first visit: the login screen does not wait for the whole app
const organisationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/organisations',
  component: lazyRouteComponent(() => import('../organisations/organisation-tree-page'), 'OrganisationTreePage'),
});
const organisationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/organisations/$id',
  component: lazyRouteComponent(() => import('../organisations/organisation-page'), 'OrganisationPage'),
});
const matrixRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/responsibility-matrix',
  component: lazyRouteComponent(() => import('../organisations/matrix-page'), 'MatrixPage'),
});
const areasRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/areas',
  component: lazyRouteComponent(() => import('../areas/area-tree-page'), 'AreaTreePage'),
});
const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('../users/users-page'), 'UsersPage'),
});
const plansRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/plans',
  component: lazyRouteComponent(() => import('../plans/plans-page'), 'PlansPage'),
});
const planRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/plans/$id',
  component: lazyRouteComponent(() => import('../plans/plan-page'), 'PlanPage'),
});
const planHistoryRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/plans/$id/history',
  component: lazyRouteComponent(() => import('../plans/plan-history-page'), 'PlanHistoryPage'),
});
const planElementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/plan-elements/$id',
  component: lazyRouteComponent(() => import('../plans/element-page'), 'ElementPage'),
});
const calendarRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/calendar',
  validateSearch: (search: Record<string, unknown>): { fy?: number } =>
    Number.isInteger(Number(search.fy)) && Number(search.fy) > 2500 ? { fy: Number(search.fy) } : {},
  component: lazyRouteComponent(() => import('../plans/calendar-page'), 'CalendarPage'),
});
const overlapsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/overlaps',
  validateSearch: (search: Record<string, unknown>): { area?: string; status?: 'open' | 'resolved'; offset?: number } => ({
    ...(typeof search.area === 'string' || typeof search.area === 'number'
      ? /^[0-9]{2,8}$/.test(String(search.area))
        ? { area: String(search.area) }
        : {}
      : {}),
    ...(search.status === 'resolved' || search.status === 'open' ? { status: search.status } : {}),
    ...(Number.isInteger(Number(search.offset)) && Number(search.offset) > 0 ? { offset: Number(search.offset) } : {}),
  }),
  component: lazyRouteComponent(() => import('../coordination/overlaps-page'), 'OverlapsPage'),
});
const committeesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/committees',
  component: lazyRouteComponent(() => import('../coordination/committees-page'), 'CommitteesPage'),
});
const committeeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/committees/$id',
  component: lazyRouteComponent(() => import('../coordination/committee-page'), 'CommitteePage'),
});
const meetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/meetings/$id',
  component: lazyRouteComponent(() => import('../coordination/meeting-page'), 'MeetingPage'),
});
const inboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/inbox',
  component: lazyRouteComponent(() => import('../coordination/inbox-page'), 'InboxPage'),
});
const actionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/actions/$id',
  component: lazyRouteComponent(() => import('../coordination/action-page'), 'ActionPage'),
});
const networkRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/network',
  component: lazyRouteComponent(() => import('../coordination/network-page'), 'NetworkPage'),
});
const agreementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/agreements',
  component: lazyRouteComponent(() => import('../agreements/agreements-page'), 'AgreementsPage'),
});
const agreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/agreements/$id',
  component: lazyRouteComponent(() => import('../agreements/agreement-page'), 'AgreementPage'),
});
const agreementPrintRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/agreements/$id/print',
  component: lazyRouteComponent(() => import('../agreements/agreement-print-page'), 'AgreementPrintPage'),
});
const newAgreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/agreements/new',
  component: lazyRouteComponent(() => import('../agreements/agreement-form-page'), 'NewAgreementPage'),
});
const editAgreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/agreements/$id/edit',
  component: lazyRouteComponent(() => import('../agreements/agreement-form-page'), 'EditAgreementPage'),
});
// budgets (issue 6): fiscal year and organisation scope live in the URL
const budgetFlowRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/budget-flow',
  validateSearch: validateBudgetSearch,
  component: lazyRouteComponent(() => import('../budgets/budget-flow-page'), 'BudgetFlowPage'),
});
const budgetChecksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/budget-checks',
  validateSearch: validateBudgetSearch,
  component: lazyRouteComponent(() => import('../budgets/budget-checks-page'), 'BudgetChecksPage'),
});
const budgetTransfersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/budget-transfers',
  validateSearch: validateBudgetSearch,
  component: lazyRouteComponent(() => import('../budgets/transfers-page'), 'TransfersPage'),
});
const mobilisationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resource-mobilisation',
  validateSearch: validateMobilisationSearch,
  component: lazyRouteComponent(() => import('../budgets/mobilisation-page'), 'MobilisationPage'),
});
// results (issue 5): reporting, verification, dashboards, the province map
const periodSearch = (search: Record<string, unknown>): { period?: string } =>
  typeof search.period === 'string' && /^\d{4}-Q[1-4]$/.test(search.period) ? { period: search.period } : {};
const reportingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/results/reporting',
  validateSearch: periodSearch,
  component: lazyRouteComponent(() => import('../results/reporting-page'), 'ReportingPage'),
});
const verificationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/results/verification',
  component: lazyRouteComponent(() => import('../results/verification-page'), 'VerificationPage'),
});
const mapSearch = (search: Record<string, unknown>): { period?: string; indicator?: string; province?: string } => ({
  ...periodSearch(search),
  ...(typeof search.indicator === 'string' && /^[0-9a-f-]{36}$/i.test(search.indicator) ? { indicator: search.indicator } : {}),
  ...(typeof search.province === 'string' && /^\d{2}$/.test(search.province) ? { province: search.province } : {}),
});
const areaSearch = (search: Record<string, unknown>): { period?: string; indicator?: string; area?: string } => ({
  ...periodSearch(search),
  ...(typeof search.indicator === 'string' && /^[0-9a-f-]{36}$/i.test(search.indicator) ? { indicator: search.indicator } : {}),
  ...(typeof search.area === 'string' && /^(\d{2}|\d{4}|\d{6})$/.test(search.area) ? { area: search.area } : {}),
});
const resultsDashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/results/dashboard',
  validateSearch: periodSearch,
  component: lazyRouteComponent(() => import('../results/secretariat-dashboard-page'), 'SecretariatDashboardPage'),
});
const organisationResultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/results/organisations/$id',
  validateSearch: periodSearch,
  component: lazyRouteComponent(() => import('../results/organisation-dashboard-page'), 'OrganisationDashboardPage'),
});
const elementResultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/results/elements/$id',
  validateSearch: periodSearch,
  component: lazyRouteComponent(() => import('../results/element-results-page'), 'ElementResultsPage'),
});
const areaResultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/results/areas',
  validateSearch: areaSearch,
  component: lazyRouteComponent(() => import('../results/area-dashboard-page'), 'AreaDashboardPage'),
});
const provinceMapRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/results/map',
  validateSearch: mapSearch,
  component: lazyRouteComponent(() => import('../results/province-map-page'), 'ProvinceMapPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('../audit/audit-page'), 'AuditPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([
    indexRoute,
    organisationsRoute,
    organisationRoute,
    matrixRoute,
    areasRoute,
    usersRoute,
    auditRoute,
    plansRoute,
    planRoute,
    planHistoryRoute,
    planElementRoute,
    calendarRoute,
    overlapsRoute,
    committeesRoute,
    committeeRoute,
    meetingRoute,
    inboxRoute,
    actionRoute,
    networkRoute,
    agreementsRoute,
    agreementRoute,
    agreementPrintRoute,
    budgetFlowRoute,
    budgetChecksRoute,
    budgetTransfersRoute,
    mobilisationRoute,
    reportingRoute,
    verificationRoute,
    resultsDashboardRoute,
    organisationResultsRoute,
    elementResultsRoute,
    areaResultsRoute,
    provinceMapRoute,
    newAgreementRoute,
    editAgreementRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true, defaultErrorComponent: RouteError });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
