import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { ActionsTable } from './components/actions-table';
import { useInbox } from './meetings.queries';
import './coordination.css';

const LIMIT = 50;

/** The open action items of the user's organisations, soonest due first, overdue ones flagged. */
export function InboxPage() {
  const { t, i18n } = useTranslation('coordination');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const inbox = useInbox(overdueOnly, offset, LIMIT);
  const overdue = inbox.data?.items.filter((a) => a.overdue).length ?? 0;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="page">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.intro')} />
      <div className="field-row">
        <SelectInput
          label={t('inbox.show')}
          value={overdueOnly ? 'overdue' : 'open'}
          onChange={(k) => {
            setOverdueOnly(k === 'overdue');
            setOffset(0);
          }}
          options={[
            { id: 'open', label: t('inbox.allOpen') },
            { id: 'overdue', label: t('inbox.overdueOnly') },
          ]}
        />
      </div>
      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <ErrorState error={inbox.error} />
      ) : inbox.data.items.length === 0 ? (
        <EmptyState title={t('inbox.empty')} />
      ) : (
        <>
          <p aria-live="polite">{t('inbox.summary', { count: inbox.data.total, total: number.format(inbox.data.total), overdue: number.format(overdue) })}</p>
          <ActionsTable actions={inbox.data.items} caption={t('inbox.title')} showCommittee />
          <Pagination offset={offset} limit={LIMIT} total={inbox.data.total} onChange={setOffset} label={t('inbox.pages')} />
        </>
      )}
    </div>
  );
}
