import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider as TanStackRouterProvider, useRouter, type NavigateOptions, type ToOptions } from '@tanstack/react-router';
import { StrictMode, type ReactNode } from 'react';
import { I18nProvider, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { authKeys } from '../auth/auth.queries';
import { createAppRouter } from './router';

declare module 'react-aria-components' {
  interface RouterConfig {
    href: ToOptions['to'] | string;
    routerOptions: Omit<NavigateOptions, keyof ToOptions>;
  }
}

/** A session that ends mid-use (expired, signed out elsewhere): back to login, then back here. */
function onApiError(error: unknown) {
  if (!isApiError(error) || error.status !== 401 || router.state.location.pathname === '/login') return;
  queryClient.setQueryData(authKeys.me(), null);
  void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // client errors (401/403/404…) will not change on retry
      retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
const router = createAppRouter(queryClient);

/** react-aria links (tree items, menu items) navigate through the app's router, not a page load. */
function AriaRouting({ children }: { children: ReactNode }) {
  const appRouter = useRouter();
  const { i18n } = useTranslation();
  return (
    <AriaRouterProvider
      navigate={(to, options) => void appRouter.navigate({ to: to as string, ...options })}
      useHref={(to) => appRouter.buildLocation({ to: to as string }).href}
    >
      <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'th-TH'}>{children}</I18nProvider>
    </AriaRouterProvider>
  );
}

export function App() {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TanStackRouterProvider router={router} InnerWrap={AriaRouting} />
      </QueryClientProvider>
    </StrictMode>
  );
}
