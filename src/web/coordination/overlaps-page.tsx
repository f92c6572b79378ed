import { useNavigate, useSearch } from '@tanstack/react-router';
import { type Key, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProvincePicker } from '../areas/province-picker';
import { hasRole, useMe } from '../auth/auth.queries';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { PairCard } from './components/pair-card';
import type { PairStatus } from './coordination.types';
import { useOverlaps } from './overlaps.queries';
import '../plans/plans.css';
import './coordination.css';

const LIMIT = 20;

/** A province's (or district's) candidate pairs, best first, each with its reasons and the four resolutions. */
export function OverlapsPage() {
  const { t } = useTranslation('coordination');
  const search = useSearch({ from: '/signed-in/overlaps' });
  const navigate = useNavigate();
  const me = useMe().data;
  const area = search.area ?? '';
  const status: PairStatus = search.status ?? 'open';
  const offset = search.offset ?? 0;
  const pairs = useOverlaps(area, status, offset, LIMIT);
  const go = (next: { area?: string; status?: PairStatus; offset?: number }) =>
    void navigate({ to: '/overlaps', search: { area, status, offset: 0, ...next } });
  const canResolve = hasRole(me, 'admin', 'planner', 'secretary');

  return (
    <div className="page">
      <PageHeader title={t('overlaps.title')} subtitle={t('overlaps.intro')} />
      <div className="field-row overlap-filters">
        <ProvincePicker
          label={t('overlaps.province')}
          description={area ? t('overlaps.currentArea', { area }) : undefined}
          onSelect={(o) => o && go({ area: o.id })}
        />
      </div>
      <ToggleButtonGroup
        className="segmented"
        aria-label={t('overlaps.statusTabs')}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[status]}
        onSelectionChange={(keys: Set<Key>) => go({ status: keys.has('resolved') ? 'resolved' : 'open' })}
      >
        <ToggleButton id="open" className="toggle">
          {t('overlaps.open')}
        </ToggleButton>
        <ToggleButton id="resolved" className="toggle">
          {t('overlaps.resolved')}
        </ToggleButton>
      </ToggleButtonGroup>
      {!area ? (
        <EmptyState title={t('overlaps.pickArea')} />
      ) : pairs.isPending ? (
        <Loading />
      ) : pairs.isError ? (
        <ErrorState error={pairs.error} />
      ) : pairs.data.items.length === 0 ? (
        <EmptyState title={status === 'open' ? t('overlaps.noneOpen') : t('overlaps.noneResolved')} />
      ) : (
        <>
          <p aria-live="polite">{t('overlaps.count', { count: pairs.data.total })}</p>
          <div className="pair-list">
            {pairs.data.items.map((p) => (
              <PairCard key={p.id} pair={p} canResolve={canResolve} />
            ))}
          </div>
          <Pagination offset={offset} limit={LIMIT} total={pairs.data.total} onChange={(o) => go({ offset: o })} label={t('overlaps.pages')} />
        </>
      )}
    </div>
  );
}
