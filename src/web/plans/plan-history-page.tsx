import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format-date';
import { SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { StatusBadge } from './components/status-badge';
import { useTitle } from './plan-access';
import { type PlanDiff, usePlan, usePlanDiff, usePlanVersions } from './plans.queries';
import './plans.css';

/** Every version of a plan's family, and what changed between this version and another. */
export function PlanHistoryPage() {
  const { id } = useParams({ from: '/signed-in/plans/$id/history' });
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const title = useTitle();
  const plan = usePlan(id);
  const versions = usePlanVersions(id);
  const [against, setAgainst] = useState('');
  const diff = usePlanDiff(id, against);
  const others = (versions.data ?? []).filter((v) => v.id !== id);

  return (
    <div className="page">
      <PageHeader title={t('history.title', { plan: plan.data ? title(plan.data) : '' })}>
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/plans">{t('list.title')}</Link>
            </li>
            <li>
              <Link to="/plans/$id" params={{ id }}>
                {plan.data ? title(plan.data) : t('history.thisPlan')}
              </Link>
            </li>
          </ol>
        </nav>
      </PageHeader>
      {versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <ErrorState error={versions.error} />
      ) : (
        <TableScroll label={t('history.versions')}>
          <table className="table">
            <caption>{t('history.versions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.version')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">{t('history.created')}</th>
                <th scope="col">{t('fields.approvedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => (
                <tr key={v.id}>
                  <td>
                    {v.id === id ? (
                      <strong>{t('history.versionNumber', { n: v.versionNumber })}</strong>
                    ) : (
                      <Link to="/plans/$id" params={{ id: v.id }}>
                        {t('history.versionNumber', { n: v.versionNumber })}
                      </Link>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={v.status} />
                  </td>
                  <td>{formatDateTime(v.createdAt, language)}</td>
                  <td>{v.approvedAt ? formatDateTime(v.approvedAt, language) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t('history.compare')}</h2>
      {others.length === 0 ? (
        <p className="muted">{t('history.onlyOne')}</p>
      ) : (
        <div className="toolbar">
          <SelectInput
            label={t('history.against')}
            value={against || null}
            onChange={(k) => setAgainst(k ? String(k) : '')}
            options={others.map((v) => ({ id: v.id, label: t('history.versionNumber', { n: v.versionNumber }) }))}
          />
        </div>
      )}
      {against && (diff.isPending ? <Loading /> : diff.isError ? <ErrorState error={diff.error} /> : <DiffView diff={diff.data} />)}
    </div>
  );
}

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

function DiffView({ diff }: { diff: PlanDiff }) {
  const { t } = useTranslation('plans');
  const title = useTitle();
  const nothing = diff.planChanges.length + diff.added.length + diff.removed.length + diff.changed.length === 0;
  if (nothing) return <EmptyState title={t('history.noChanges')} />;
  return (
    <div className="diff-view">
      <p>{t('history.between', { from: diff.from.versionNumber, to: diff.to.versionNumber })}</p>
      {diff.planChanges.length > 0 && (
        <>
          <h3>{t('history.planChanges')}</h3>
          <ul>
            {diff.planChanges.map((c) => (
              <li key={c.field}>
                <span className="code">{c.field}</span>: <span className="diff-removed">{show(c.from)}</span> → <span className="diff-added">{show(c.to)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.added.length > 0 && (
        <>
          <h3>{t('history.added')}</h3>
          <ul>
            {diff.added.map((e) => (
              <li key={e.id} className="diff-added">
                {t(`kinds.${e.kind}`)}: {title(e)}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h3>{t('history.removed')}</h3>
          <ul>
            {diff.removed.map((e) => (
              <li key={e.id} className="diff-removed">
                {t(`kinds.${e.kind}`)}: {title(e)}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h3>{t('history.changed')}</h3>
          <ul>
            {diff.changed.map((c) => (
              <li key={c.lineageId}>
                {title(c)}
                <ul>
                  {c.changes.map((f) => (
                    <li key={f.field}>
                      <span className="code">{f.field}</span>: <span className="diff-removed">{show(f.from)}</span> →{' '}
                      <span className="diff-added">{show(f.to)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
