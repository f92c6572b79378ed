import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput, SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useDebounced } from '../common/use-debounced';
import { useLocalized } from '../common/use-localized';
import { OrganisationPicker } from '../organisations/components/organisation-picker';
import { NewPlanDialog } from './components/new-plan-dialog';
import { StatusBadge } from './components/status-badge';
import { useFiscalSpan } from './plan-access';
import { PLAN_STATUSES, usePlanLevels, usePlans } from './plans.queries';
import './plans.css';
import { usePageOffset } from '../common/use-page-offset';

const LIMIT = 25;

/** Every plan the user may read: their own drafts and every public plan, the national references included. */
export function PlansPage() {
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const span = useFiscalSpan();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [level, setLevel] = useState('');
  const [status, setStatus] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [offset, setOffset] = usePageOffset(q, level, status, ownerId);
  const levels = usePlanLevels();
  const plans = usePlans({ q, level, status, ownerId }, offset, LIMIT);
  const levelName = (code: string) => {
    const found = levels.data?.find((l) => l.code === code);
    return found ? (language === 'th' ? found.nameTh : found.nameEn) : code;
  };

  return (
    <div className="page">
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.intro')}
        actions={
          <>
            <Link className="button button-secondary" to="/calendar">
              {t('calendar.title')}
            </Link>
            <NewPlanDialog />
          </>
        }
      />
      <search className="toolbar-grid plan-filters">
        <SearchInput label={t('list.search')} value={text} onChange={setText} />
        <SelectInput
          label={t('fields.level')}
          value={level || 'all'}
          onChange={(key) => setLevel(key === 'all' || key === null ? '' : String(key))}
          options={[{ id: 'all', label: t('list.any') }, ...(levels.data ?? []).map((l) => ({ id: l.code, label: language === 'th' ? l.nameTh : l.nameEn }))]}
        />
        <SelectInput
          label={t('fields.status')}
          value={status || 'all'}
          onChange={(key) => setStatus(key === 'all' || key === null ? '' : String(key))}
          options={[{ id: 'all', label: t('list.any') }, ...PLAN_STATUSES.map((s) => ({ id: s, label: t(`status.${s}`) }))]}
        />
        <OrganisationPicker label={t('fields.owner')} onSelect={(option) => setOwnerId(option?.id ?? '')} />
      </search>
      {plans.isPending ? (
        <Loading />
      ) : plans.isError ? (
        <ErrorState error={plans.error} />
      ) : plans.data.items.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <>
          <TableScroll label={t('list.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.title')}</th>
                  <th scope="col">{t('fields.level')}</th>
                  <th scope="col">{t('fields.owner')}</th>
                  <th scope="col">{t('fields.fiscalYears')}</th>
                  <th scope="col">{t('fields.status')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.data.items.map((plan) => (
                  <tr key={plan.id}>
                    <td>
                      <Link to="/plans/$id" params={{ id: plan.id }}>
                        {language === 'th' ? plan.titleTh : plan.titleEn}
                      </Link>
                      {plan.isReference && <span className="badge badge-muted">{t('list.reference')}</span>}
                    </td>
                    <td>{levelName(plan.levelCode)}</td>
                    <td>{language === 'th' ? plan.ownerNameTh : plan.ownerNameEn}</td>
                    <td>{span(plan.fyStart, plan.fyEnd)}</td>
                    <td>
                      <StatusBadge status={plan.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination offset={offset} limit={LIMIT} total={plans.data.total} onChange={setOffset} label={t('list.pagination')} />
        </>
      )}
    </div>
  );
}
