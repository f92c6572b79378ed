import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { EmptyState, ErrorState, Loading } from '../../common/states';
import { useMembers } from '../organisations.queries';
import { TableScroll } from '../../common/table-scroll';

export function MembersSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const members = useMembers(organisationId);
  const outOfScope = isApiError(members.error) && members.error.status === 403;

  return (
    <section aria-labelledby="members-title" className="card">
      <h2 id="members-title">{t('members.title')}</h2>
      {members.isPending ? (
        <Loading />
      ) : outOfScope ? (
        <p className="note">{t('members.outOfScope')}</p>
      ) : members.isError ? (
        <ErrorState error={members.error} />
      ) : members.data.length === 0 ? (
        <EmptyState title={t('members.empty')} />
      ) : (
        <TableScroll label={t('members.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <tr key={m.membershipId}>
                  <td>{m.name}</td>
                  <td>{m.email}</td>
                  <td>
                    <span className="badge">{t(`common:roles.${m.role}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
