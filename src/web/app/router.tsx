import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AreaTreePage } from '../areas/area-tree-page';
import { AuditPage } from '../audit/audit-page';
import { LoginPage } from '../auth/login-page';
import { meQuery } from '../auth/auth.queries';
import { MatrixPage } from '../organisations/matrix-page';
import { OrganisationPage } from '../organisations/organisation-page';
import { OrganisationTreePage } from '../organisations/organisation-tree-page';
import { UsersPage } from '../users/users-page';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

interface RouterContext { queryClient: QueryClient }

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
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

const organisationsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/organisations', component: OrganisationTreePage });
const organisationRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/organisations/$id', component: OrganisationPage });
const matrixRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/responsibility-matrix', component: MatrixPage });
const areasRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/areas', component: AreaTreePage });
const usersRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/users', component: UsersPage });
const auditRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/audit', component: AuditPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([indexRoute, organisationsRoute, organisationRoute, matrixRoute, areasRoute, usersRoute, auditRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
