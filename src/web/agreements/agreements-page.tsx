import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalYearShortLabel } from '../../shared/fiscal-year';
import { SearchInput, SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useDebounced } from '../common/use-debounced';
import { useLocalized } from '../common/use-localized';
import { AGREEMENT_STATUSES, useAgreements } from './agreements.queries';
import { useDraftingOrganisations } from './components/agreement-form';
import { AgreementStatusBadge } from './components/agreement-status';
import './agreements.css';
import { usePageOffset } from '../common/use-page-offset';

const LIMIT = 25;

/** The performance agreements the user's organisations are party to (as principal or agent). */
export function AgreementsPage() {
  const { t } = useTranslation('agreements');
  const { language, name } = useLocalized();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [status, setStatus] = useState('');
  const [offset, setOffset] = usePageOffset(q, status);
  const agreements = useAgreements({ q, status, fiscalYear: null }, offset, LIMIT);
  const mayDraft = useDraftingOrganisations().length > 0;

  return (
    <div className="page">
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.intro')}
        actions={
          mayDraft ? (
            <Link className="button button-primary" to="/agreements/new">
              {t('form.newTitle')}
            </Link>
          ) : undefined
        }
      />
      <search className="toolbar-grid">
        <SearchInput label={t('list.search')} value={text} onChange={setText} />
        <SelectInput
          label={t('fields.status')}
          value={status || 'all'}
          onChange={(key) => setStatus(key === 'all' || key === null ? '' : String(key))}
          options={[{ id: 'all', label: t('list.any') }, ...AGREEMENT_STATUSES.map((s) => ({ id: s, label: t(`status.${s}`) }))]}
        />
      </search>
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ErrorState error={agreements.error} />
      ) : agreements.data.items.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <>
          <TableScroll label={t('list.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.title')}</th>
                  <th scope="col">{t('side.principal')}</th>
                  <th scope="col">{t('side.agent')}</th>
                  <th scope="col">{t('fields.fiscalYear')}</th>
                  <th scope="col">{t('fields.status')}</th>
                  <th scope="col" className="numeric">
                    {t('fields.totalScore')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {agreements.data.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to="/agreements/$id" params={{ id: a.id }}>
                        {language === 'th' ? a.titleTh : a.titleEn}
                      </Link>
                    </td>
                    <td>{name(a.principal)}</td>
                    <td>{name(a.agent)}</td>
                    <td>{fiscalYearShortLabel(a.fiscalYear, language)}</td>
                    <td>
                      <AgreementStatusBadge status={a.status} />
                    </td>
                    <td className="numeric">{a.totalScore ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination offset={offset} limit={LIMIT} total={agreements.data.total} onChange={setOffset} label={t('list.pagination')} />
        </>
      )}
    </div>
  );
}
