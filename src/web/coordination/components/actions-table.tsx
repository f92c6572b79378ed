import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { TableScroll } from '../../common/table-scroll';
import { useLocalized } from '../../common/use-localized';
import type { ActionView } from '../coordination.types';

/** Action items with assignee, due day and an overdue flag (in words, not colour alone). */
export function ActionsTable({ actions, caption, showCommittee = false }: { actions: readonly ActionView[]; caption: string; showCommittee?: boolean }) {
  const { t } = useTranslation('coordination');
  const { language, name } = useLocalized();
  const title = (a: ActionView) => (language === 'th' ? a.titleTh : a.titleEn);
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('action.title')}</th>
            <th scope="col">{t('action.assignee')}</th>
            {showCommittee && <th scope="col">{t('action.committee')}</th>}
            <th scope="col">{t('action.dueOn')}</th>
            <th scope="col">{t('action.status')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} className={a.overdue ? 'row-overdue' : undefined}>
              <td>
                <Link to="/actions/$id" params={{ id: a.id }}>
                  {title(a)}
                </Link>
              </td>
              <td>{name(a.assignee)}</td>
              {showCommittee && (
                <td>
                  {name(a.committee)} · {t('action.resolutionNo', { number: a.resolutionNumber })}
                </td>
              )}
              <td className="nowrap">
                {formatDate(a.dueOn, language)}
                {a.overdue && <span className="badge badge-overdue">{t('action.overdue')}</span>}
              </td>
              <td>{t(`actionStatus.${a.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
