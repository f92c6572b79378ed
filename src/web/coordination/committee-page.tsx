import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format-date';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { useCommittee, useCommitteeActions, useCommitteeMeetings } from './committees.queries';
import { ActionsTable } from './components/actions-table';
import { CommitteeDialog } from './components/committee-dialog';
import { MeetingDialog } from './components/meeting-dialog';
import './coordination.css';

/** A committee: kind, host, seats with roles, its meetings (with an ICS feed) and its action items. */
export function CommitteePage() {
  const { id } = useParams({ from: '/signed-in/committees/$id' });
  const { t } = useTranslation('coordination');
  const { language, name, otherName, otherLanguage } = useLocalized();
  const committee = useCommittee(id);
  const meetings = useCommitteeMeetings(id);
  const actions = useCommitteeActions(id);
  const [editing, setEditing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  if (committee.isPending)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (committee.isError)
    return (
      <div className="page">
        <ErrorState error={committee.error} />
      </div>
    );
  const c = committee.data;
  const description = language === 'th' ? c.descriptionTh : c.descriptionEn;
  const seats = (role: string) => c.members.filter((m) => m.role === role).length;

  return (
    <div className="page">
      <PageHeader
        title={name(c)}
        subtitle={<span lang={otherLanguage}>{otherName(c)}</span>}
        actions={
          c.canManage && (
            <>
              <Button className="button button-secondary" onPress={() => setEditing(true)}>
                {t('committee.edit')}
              </Button>
              <Button className="button button-primary" onPress={() => setScheduling(true)}>
                {t('meeting.schedule')}
              </Button>
            </>
          )
        }
      >
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/committees">{t('committees.title')}</Link>
            </li>
          </ol>
        </nav>
      </PageHeader>
      <dl className="facts">
        <div>
          <dt>{t('committee.kind')}</dt>
          <dd>{t(`kinds.${c.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('committee.host')}</dt>
          <dd>
            <Link to="/organisations/$id" params={{ id: c.host.id }}>
              {name(c.host)}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('committee.status')}</dt>
          <dd>{t(`committeeStatus.${c.status}`)}</dd>
        </div>
        <div>
          <dt>{t('committee.seats')}</dt>
          <dd>{t('committee.seatCount', { count: c.members.length, members: seats('member') })}</dd>
        </div>
        {c.areaCodes.length > 0 && (
          <div>
            <dt>{t('overlaps.areas')}</dt>
            <dd>{c.areaCodes.join(', ')}</dd>
          </div>
        )}
        {c.parentCommitteeId && (
          <div>
            <dt>{t('committee.parent')}</dt>
            <dd>
              <Link to="/committees/$id" params={{ id: c.parentCommitteeId }}>
                {t('committee.parentLink')}
              </Link>
            </dd>
          </div>
        )}
      </dl>
      {description && <p>{description}</p>}

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('committee.members')}</h2>
        {c.members.length === 0 ? (
          <EmptyState title={t('committee.noMembers')} />
        ) : (
          <TableScroll label={t('committee.members')}>
            <table className="table">
              <caption className="visually-hidden">{t('committee.members')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('committee.member')}</th>
                  <th scope="col">{t('committee.role')}</th>
                </tr>
              </thead>
              <tbody>
                {c.members.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {m.organisation ? (
                        <Link to="/organisations/$id" params={{ id: m.organisation.id }}>
                          {name(m.organisation)}
                        </Link>
                      ) : (
                        <>
                          {m.citizen?.name} <span className="badge badge-muted">{t('committee.citizen')}</span>
                        </>
                      )}
                    </td>
                    <td>{t(`roles.${m.role}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="meetings-heading">
        <div className="section-header">
          <h2 id="meetings-heading">{t('meeting.list')}</h2>
          <div className="button-row">
            <a className="button button-small" href={`/api/v1/committees/${c.id}/meetings.ics?lang=${language}`}>
              {t('meeting.subscribe')}
            </a>
          </div>
        </div>
        <p className="muted">{t('meeting.subscribeHint')}</p>
        {meetings.isPending ? (
          <Loading />
        ) : meetings.isError ? (
          <ErrorState error={meetings.error} />
        ) : meetings.data.items.length === 0 ? (
          <EmptyState title={t('meeting.none')} />
        ) : (
          <ul className="plain-list meeting-list">
            {meetings.data.items.map((m) => (
              <li key={m.id}>
                <Link to="/meetings/$id" params={{ id: m.id }}>
                  {language === 'th' ? m.titleTh : m.titleEn}
                </Link>{' '}
                <span className="muted">{formatDateTime(m.startsAt, language)}</span> <span className="badge">{t(`meetingStatus.${m.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="committee-actions-heading">
        <h2 id="committee-actions-heading">{t('action.list')}</h2>
        {actions.isPending ? (
          <Loading />
        ) : actions.isError ? (
          <ErrorState error={actions.error} />
        ) : actions.data.items.length === 0 ? (
          <EmptyState title={t('action.none')} />
        ) : (
          <ActionsTable actions={actions.data.items} caption={t('action.list')} />
        )}
      </section>
      {editing && <CommitteeDialog committee={c} isOpen onClose={() => setEditing(false)} />}
      <MeetingDialog committeeId={c.id} isOpen={scheduling} onClose={() => setScheduling(false)} />
    </div>
  );
}
