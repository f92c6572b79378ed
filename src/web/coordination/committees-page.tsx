import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../auth/auth.queries';
import { SearchInput, SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useDebounced } from '../common/use-debounced';
import { useLocalized } from '../common/use-localized';
import { useCommittees } from './committees.queries';
import { CommitteeDialog } from './components/committee-dialog';
import { COMMITTEE_KINDS } from './coordination.types';
import './coordination.css';

const LIMIT = 50;

/** Every committee (public: name, kind, host), searchable; secretaries create new ones. */
export function CommitteesPage() {
  const { t } = useTranslation('coordination');
  const { name } = useLocalized();
  const me = useMe().data;
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const committees = useCommittees(useDebounced(q.trim()), kind, offset, LIMIT);
  const canCreate = hasRole(me, 'admin', 'secretary');

  return (
    <div className="page">
      <PageHeader
        title={t('committees.title')}
        subtitle={t('committees.intro')}
        actions={
          canCreate && (
            <Button className="button button-primary" onPress={() => setCreating(true)}>
              {t('committee.create')}
            </Button>
          )
        }
      />
      <div className="field-row">
        <SearchInput
          label={t('committees.search')}
          value={q}
          onChange={(v) => {
            setQ(v);
            setOffset(0);
          }}
        />
        <SelectInput
          label={t('committee.kind')}
          value={kind || 'any'}
          onChange={(k) => {
            setKind(k && k !== 'any' ? String(k) : '');
            setOffset(0);
          }}
          options={[{ id: 'any', label: t('committees.anyKind') }, ...COMMITTEE_KINDS.map((k) => ({ id: k, label: t(`kinds.${k}`) }))]}
        />
      </div>
      {committees.isPending ? (
        <Loading />
      ) : committees.isError ? (
        <ErrorState error={committees.error} />
      ) : committees.data.items.length === 0 ? (
        <EmptyState title={t('committees.empty')} />
      ) : (
        <>
          <TableScroll label={t('committees.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('committees.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('committee.name')}</th>
                  <th scope="col">{t('committee.kind')}</th>
                  <th scope="col">{t('committee.host')}</th>
                  <th scope="col">{t('committee.status')}</th>
                </tr>
              </thead>
              <tbody>
                {committees.data.items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to="/committees/$id" params={{ id: c.id }}>
                        {name(c)}
                      </Link>
                    </td>
                    <td>{t(`kinds.${c.kind}`)}</td>
                    <td>{name(c.host)}</td>
                    <td>{t(`committeeStatus.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination offset={offset} limit={LIMIT} total={committees.data.total} onChange={setOffset} label={t('committees.pages')} />
        </>
      )}
      {creating && <CommitteeDialog isOpen onClose={() => setCreating(false)} />}
    </div>
  );
}
