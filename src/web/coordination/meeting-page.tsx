import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format-date';
import { FormError } from '../common/fields';
import { formErrorMessage } from '../common/form-error';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { useCommittee } from './committees.queries';
import { ActionsTable } from './components/actions-table';
import { AgendaSection } from './components/agenda-section';
import { AttendanceSection } from './components/attendance-section';
import { ActionDialog, MinutesDialog, ResolutionDialog } from './components/record-dialogs';
import type { ResolutionView } from './coordination.types';
import { useMeeting, useMeetingWrites } from './meetings.queries';
import './coordination.css';

/** A meeting as its secretary runs it: agenda, attendance, minutes, resolutions and their action items. */
export function MeetingPage() {
  const { id } = useParams({ from: '/signed-in/meetings/$id' });
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const meeting = useMeeting(id);
  const committee = useCommittee(meeting.data?.committee.id ?? '');
  const writes = useMeetingWrites(id);
  const [dialog, setDialog] = useState<'minutes' | 'resolution' | null>(null);
  const [actionFor, setActionFor] = useState<ResolutionView | null>(null);
  if (meeting.isPending)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (meeting.isError)
    return (
      <div className="page">
        <ErrorState error={meeting.error} />
      </div>
    );
  const m = meeting.data;
  const open = m.canManage && m.status !== 'cancelled' && m.minutesStatus !== 'approved';
  const held = m.status === 'held';
  const statusError = writes.status.error ?? writes.approveMinutes.error;

  return (
    <div className="page">
      <PageHeader
        title={language === 'th' ? m.titleTh : m.titleEn}
        subtitle={`${formatDateTime(m.startsAt, language)} – ${formatDateTime(m.endsAt, language)}`}
        actions={
          m.canManage &&
          m.status === 'scheduled' && (
            <>
              <Button className="button button-primary" onPress={() => writes.status.mutate('held')}>
                {t('meeting.markHeld')}
              </Button>
              <Button className="button button-secondary" onPress={() => writes.status.mutate('cancelled')}>
                {t('meeting.cancel')}
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
            <li>
              <Link to="/committees/$id" params={{ id: m.committee.id }}>
                {language === 'th' ? m.committee.nameTh : m.committee.nameEn}
              </Link>
            </li>
          </ol>
        </nav>
      </PageHeader>
      <FormError message={formErrorMessage(statusError, t)} />
      <dl className="facts">
        <div>
          <dt>{t('meeting.status')}</dt>
          <dd>{t(`meetingStatus.${m.status}`)}</dd>
        </div>
        <div>
          <dt>{t('minutes.status')}</dt>
          <dd>{t(`minutesStatus.${m.minutesStatus}`)}</dd>
        </div>
        {m.place && (
          <div>
            <dt>{t('meeting.place')}</dt>
            <dd>{m.place}</dd>
          </div>
        )}
        {m.onlineUrl && (
          <div>
            <dt>{t('meeting.onlineUrl')}</dt>
            <dd>
              <a href={m.onlineUrl}>{m.onlineUrl}</a>
            </dd>
          </div>
        )}
      </dl>

      <AgendaSection meeting={m} area={committee.data?.areaCodes[0] ?? ''} editable={open} />
      {open && held && m.agenda.length > 0 && (
        <div className="button-row">
          <Button className="button button-secondary button-small" onPress={() => setDialog('minutes')}>
            {t('minutes.record')}
          </Button>
          <Button className="button button-secondary button-small" onPress={() => writes.approveMinutes.mutate()}>
            {t('minutes.approve')}
          </Button>
        </div>
      )}
      {committee.data && <AttendanceSection key={m.id} committee={committee.data} meeting={m} editable={open} />}

      <section aria-labelledby="resolutions-heading">
        <div className="section-header">
          <h2 id="resolutions-heading">{t('resolution.title')}</h2>
          {open && held && (
            <Button className="button button-secondary button-small" onPress={() => setDialog('resolution')}>
              {t('resolution.add')}
            </Button>
          )}
        </div>
        {!held && <p className="muted">{t('resolution.afterHeld')}</p>}
        {m.resolutions.length === 0 ? (
          <EmptyState title={t('resolution.none')} />
        ) : (
          <ol className="resolution-list">
            {m.resolutions.map((r) => (
              <li key={r.id}>
                <h3>
                  {t('resolution.number', { number: r.number })} <span className="badge">{t(`decisions.${r.decision}`)}</span>
                </h3>
                <p>{language === 'th' ? r.textTh : r.textEn}</p>
                {r.actions.length > 0 && <ActionsTable actions={r.actions} caption={t('resolution.actionsOf', { number: r.number })} />}
                {m.canManage && m.status !== 'cancelled' && committee.data && (
                  <Button className="button button-small" aria-label={t('action.createFor', { number: r.number })} onPress={() => setActionFor(r)}>
                    {t('action.add')}
                  </Button>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {dialog === 'minutes' && <MinutesDialog meeting={m} onClose={() => setDialog(null)} />}
      {dialog === 'resolution' && <ResolutionDialog meeting={m} onClose={() => setDialog(null)} />}
      {actionFor && committee.data && <ActionDialog committee={committee.data} resolution={actionFor} onClose={() => setActionFor(null)} />}
    </div>
  );
}
