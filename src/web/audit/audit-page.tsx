import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../auth/auth.queries';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { type AuditFilters as Filters, useAuditLog } from './audit.queries';
import { AuditFilters } from './components/audit-filters';
import { AuditTable } from './components/audit-table';

const LIMIT = 50;

export function AuditPage() {
  const { t } = useTranslation('audit');
  const me = useMe().data;
  const [filters, setFilters] = useState<Filters>({});
  const [offset, setOffset] = useState(0);
  const allowed = hasRole(me, 'admin', 'auditor');
  const log = useAuditLog(filters, offset, LIMIT);

  return (
    <div className="page">
      <PageHeader title={t('title')} subtitle={t('intro')} />
      {!allowed ? (
        <p className="note">{t('notAllowed')}</p>
      ) : (
        <>
          <AuditFilters
            value={filters}
            onChange={(next) => {
              setFilters(next);
              setOffset(0);
            }}
          />
          <h2 className="visually-hidden">{t('table.caption')}</h2>
          {log.isPending ? (
            <Loading />
          ) : log.isError ? (
            <ErrorState error={log.error} />
          ) : log.data.items.length === 0 ? (
            <EmptyState title={t('empty')} />
          ) : (
            <>
              <p className="summary">{t('total', { count: log.data.total })}</p>
              <AuditTable entries={log.data.items} />
              <Pagination offset={offset} limit={LIMIT} total={log.data.total} onChange={setOffset} label={t('pagination')} />
            </>
          )}
        </>
      )}
    </div>
  );
}
