import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useDebounced } from '../common/use-debounced';
import { CreateUserDialog } from './components/create-user-dialog';
import { UsersTable } from './components/users-table';
import { useUsers } from './users.queries';
import { usePageOffset } from '../common/use-page-offset';

const LIMIT = 25;

export function UsersPage() {
  const { t } = useTranslation('users');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [offset, setOffset] = usePageOffset(q);
  const users = useUsers(q, offset, LIMIT);

  return (
    <div className="page">
      <PageHeader title={t('title')} subtitle={t('intro')} actions={<CreateUserDialog />} />
      <search className="toolbar">
        <SearchInput label={t('search.label')} value={text} onChange={setText} placeholder={t('search.placeholder')} />
      </search>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorState error={users.error} />
      ) : users.data.items.length === 0 ? (
        <EmptyState title={q ? t('search.empty', { query: q }) : t('empty')} />
      ) : (
        <>
          <UsersTable users={users.data.items} />
          <Pagination offset={offset} limit={LIMIT} total={users.data.total} onChange={setOffset} label={t('pagination')} />
        </>
      )}
    </div>
  );
}
