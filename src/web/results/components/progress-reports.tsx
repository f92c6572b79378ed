import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../common/states';
import { TableScroll } from '../../common/table-scroll';
import { comparePeriods, parsePeriodKey } from '../periods';
import { useProgressReports } from '../results.queries';
import { useResultFormat } from '../use-result-labels';

/** An element's progress reports, newest first: % complete, status in words, narrative. */
export function ProgressReports({ elementId }: { elementId: string }) {
  const { t } = useTranslation('results');
  const format = useResultFormat();
  const reports = useProgressReports(elementId);
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <ErrorState error={reports.error} />;
  if (reports.data.length === 0) return <EmptyState title={t('progress.empty')} />;
  const order = (p: string) => parsePeriodKey(p) ?? { fiscalYear: Number(p.slice(0, 4)), quarter: 4 as const };
  const sorted = [...reports.data].sort((a, b) => comparePeriods(order(b.period), order(a.period)));
  return (
    <TableScroll label={t('progress.title')}>
      <table className="table">
        <caption className="visually-hidden">{t('progress.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.period')}</th>
            <th scope="col" className="num">
              {t('progress.percentComplete')}
            </th>
            <th scope="col">{t('progress.status')}</th>
            <th scope="col">{t('progress.narrative')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id}>
              <th scope="row">{format.period(r.period)}</th>
              <td className="num">{format.formatPercent(Number(r.percentComplete))}</td>
              <td>
                <span className={`badge progress-status progress-${r.status}`}>{t(`progressStatus.${r.status}`)}</span>
              </td>
              <td>{r.narrative ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
