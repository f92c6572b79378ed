import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../api/client';

export type AuditEntry = Paths['/api/v1/audit']['get']['responses'][200]['content']['application/json']['items'][number];

export interface AuditFilters {
  entity?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters, offset: number, limit: number) => [...auditKeys.all, 'list', filters, offset, limit] as const,
};

/** Empty filter fields are left out: the API refuses '' for a date. */
const compact = (filters: AuditFilters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as AuditFilters;

export function useAuditLog(filters: AuditFilters, offset: number, limit: number) {
  const active = compact(filters);
  return useQuery({
    queryKey: auditKeys.list(active, offset, limit),
    queryFn: () => unwrap(api.GET('/api/v1/audit', { params: { query: { ...active, offset, limit } } })),
    placeholderData: keepPreviousData,
  });
}
