import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../common/confirm-button';
import { ErrorState } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { formatDate } from '../../../shared/format-date';
import { type UserView, useRemoveMembership } from '../users.queries';
import { AddMembershipDialog } from './add-membership-dialog';
import { TableScroll } from '../../common/table-scroll';

export function UsersTable({ users }: { users: UserView[] }) {
  const { t } = useTranslation('users');
  const { language } = useLocalized();
  const remove = useRemoveMembership();
  return (
    <>
      {remove.isError && <ErrorState error={remove.error} />}
      <TableScroll label={t('table.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('fields.memberships')}</th>
              <th scope="col">{t('table.created')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name}
                  {user.disabled && <span className="badge badge-muted">{t('table.disabled')}</span>}
                </td>
                <td>{user.email}</td>
                <td>
                  <MembershipList user={user} onRemove={(id) => remove.mutate(id)} removing={remove.isPending ? remove.variables : undefined} />
                  <AddMembershipDialog user={user} />
                </td>
                <td>{formatDate(user.createdAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function MembershipList({ user, onRemove, removing }: { user: UserView; onRemove: (id: string) => void; removing?: string }) {
  const { t } = useTranslation('users');
  const { name } = useLocalized();
  if (user.memberships.length === 0) return <p className="muted">{t('membership.none')}</p>;
  return (
    <ul className="plain-list">
      {user.memberships.map((m) => {
        const org = name({ nameTh: m.organisationNameTh, nameEn: m.organisationNameEn });
        return (
          <li key={m.id} className="membership">
            <span className="badge">{t(`common:roles.${m.role}`)}</span> {org}
            <ConfirmButton
              isDisabled={removing === m.id}
              label={t('membership.removeLabel', { role: t(`common:roles.${m.role}`), organisation: org, name: user.name })}
              title={t('membership.confirmTitle')}
              message={t('membership.confirmMessage', { role: t(`common:roles.${m.role}`), organisation: org, name: user.name })}
              confirmText={t('membership.remove')}
              onConfirm={() => onRemove(m.id)}
            >
              {t('membership.remove')}
            </ConfirmButton>
          </li>
        );
      })}
    </ul>
  );
}
