import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel } from '../../shared/fiscal-year';
import { formatDate } from '../../shared/format-date';
import { formatBaht } from '../../shared/format-money';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { currentFiscalYear, type BudgetSearch } from './budget-search';
import { useTransfers } from './budgets.queries';
import { BudgetFilters } from './components/budget-filters';
import { BudgetPageNav } from './components/budget-page-nav';
import { TransferDialog } from './components/transfer-dialog';
import './budgets.css';
import { usePageOffset } from '../common/use-page-offset';

const LIMIT = 50;

/** Transfers of a fiscal year (from or to an organisation when one is chosen), and a form to record one. */
export function TransfersPage() {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const search = useSearch({ from: '/signed-in/budget-transfers' });
  const navigate = useNavigate({ from: '/budget-transfers' });
  const fy = search.fy ?? currentFiscalYear();
  const [offset, setOffset] = usePageOffset(fy, search.org);
  const transfers = useTransfers(fy, search.org ?? '', offset, LIMIT);
  const onChange = (next: BudgetSearch) => void navigate({ search: next });
  const caption = t('transfers.caption', { year: fiscalYearLabel(fy, language) });

  return (
    <div className="page">
      <PageHeader title={t('transfers.title')} subtitle={t('transfers.intro')} actions={<TransferDialog fiscalYear={fy} />} />
      <BudgetPageNav search={search} />
      <BudgetFilters search={search} onChange={onChange} />
      {transfers.isPending ? (
        <Loading />
      ) : transfers.isError ? (
        <ErrorState error={transfers.error} />
      ) : transfers.data.items.length === 0 ? (
        <EmptyState title={t('transfers.empty')} />
      ) : (
        <>
          <TableScroll label={caption}>
            <table className="table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('transfers.date')}</th>
                  <th scope="col">{t('transfers.from')}</th>
                  <th scope="col">{t('transfers.to')}</th>
                  <th scope="col" className="money">
                    {t('transfers.amount')}
                  </th>
                  <th scope="col">{t('transfers.status')}</th>
                  <th scope="col">{t('transfers.elements')}</th>
                </tr>
              </thead>
              <tbody>
                {transfers.data.items.map((transfer) => (
                  <tr key={transfer.id}>
                    <td className="nowrap">{formatDate(transfer.transferDate, language)}</td>
                    <td>{language === 'th' ? transfer.fromNameTh : transfer.fromNameEn || transfer.fromNameTh}</td>
                    <td>{language === 'th' ? transfer.toNameTh : transfer.toNameEn || transfer.toNameTh}</td>
                    <td className="money">{formatBaht(transfer.amount, language)}</td>
                    <td>
                      <span className={`badge transfer-status-${transfer.status}`}>{t(`status.${transfer.status}`)}</span>
                    </td>
                    <td>{t('transfers.fundedCount', { count: transfer.elementIds.length })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination offset={offset} limit={LIMIT} total={transfers.data.total} onChange={setOffset} label={t('transfers.pagination')} />
        </>
      )}
    </div>
  );
}
