import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { Paths } from '../api/client';
import type { Role } from '../api/enums';
import i18n, { hasRememberedLanguage, isLanguage, rememberLanguage } from '../i18n';

export type Me = Paths['/api/v1/auth/me']['get']['responses'][200]['content']['application/json'];

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** The signed-in user, or null when there is no session (never an error for a 401). */
export const meQuery = queryOptions({
  queryKey: authKeys.me(),
  queryFn: async (): Promise<Me | null> => {
    try {
      return await unwrap(api.GET('/api/v1/auth/me'));
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export const useMe = () => useQuery(meQuery);

export function hasRole(me: Me | null | undefined, ...roles: Role[]): boolean {
  return !!me?.memberships.some((m) => roles.includes(m.role));
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (me) => {
      // a new identity: nothing cached for the previous one may show
      client.clear();
      client.setQueryData(authKeys.me(), me as Me);
      // a device with no language chosen yet takes the one saved in the profile
      const locale = (me as Me).locale;
      if (!hasRememberedLanguage() && isLanguage(locale)) {
        rememberLanguage(locale);
        if (locale !== i18n.language) void i18n.changeLanguage(locale);
      }
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      client.clear();
      client.setQueryData(authKeys.me(), null);
    },
  });
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { locale?: 'th' | 'en'; name?: string }) => unwrap(api.PATCH('/api/v1/auth/me', { body })),
    onSuccess: (me) => client.setQueryData(authKeys.me(), (old: Me | null | undefined) => ({ ...(old ?? {}), ...(me as Me) })),
  });
}
