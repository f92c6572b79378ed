import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { EmptyState } from '../../common/states';
import { TableScroll } from '../../common/table-scroll';
import { useLocalized } from '../../common/use-localized';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type CommitteeView, type MeetingView } from '../coordination.types';
import { useMeetingWrites } from '../meetings.queries';

interface Seat {
  key: string;
  name: string;
  organisationId?: string;
  citizenMemberId?: string;
  status: AttendanceStatus | 'unrecorded';
  proxyName: string;
}

/** One row per seat holder (an organisation once, whatever its roles), prefilled from what was recorded. */
function seatsOf(committee: CommitteeView, meeting: MeetingView, name: (n: { nameTh: string; nameEn: string }) => string): Seat[] {
  const seats = new Map<string, Seat>();
  for (const m of committee.members) {
    const key = m.organisation?.id ?? m.id;
    if (seats.has(key)) continue;
    const recorded = meeting.attendance.find((a) => (m.organisation ? a.organisationId === m.organisation.id : a.citizenMemberId === m.id));
    seats.set(key, {
      key,
      name: m.organisation ? name(m.organisation) : (m.citizen?.name ?? ''),
      ...(m.organisation ? { organisationId: m.organisation.id } : { citizenMemberId: m.id }),
      status: recorded?.status ?? 'unrecorded',
      proxyName: recorded?.proxyName ?? '',
    });
  }
  return [...seats.values()];
}

/** Who attended: present, absent, excused or represented by a named proxy. */
export function AttendanceSection({ committee, meeting, editable }: { committee: CommitteeView; meeting: MeetingView; editable: boolean }) {
  const { t } = useTranslation('coordination');
  const { name } = useLocalized();
  const { attendance } = useMeetingWrites(meeting.id);
  const [seats, setSeats] = useState(() => seatsOf(committee, meeting, name));
  const [saved, setSaved] = useState(false);
  const set = (key: string, change: Partial<Seat>) => {
    setSaved(false);
    setSeats((s) => s.map((x) => (x.key === key ? { ...x, ...change } : x)));
  };
  const save = () =>
    attendance.mutate(
      {
        entries: seats
          .filter((s) => s.status !== 'unrecorded')
          .map((s) => ({
            ...(s.organisationId ? { organisationId: s.organisationId } : { citizenMemberId: s.citizenMemberId }),
            status: s.status as AttendanceStatus,
            ...(s.status === 'proxy' ? { proxyName: s.proxyName.trim() || null } : {}),
          })),
      },
      { onSuccess: () => setSaved(true) },
    );
  const options = [{ id: 'unrecorded', label: t('attendance.unrecorded') }, ...ATTENDANCE_STATUSES.map((s) => ({ id: s, label: t(`attendance.${s}`) }))];

  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      {seats.length === 0 ? (
        <EmptyState title={t('committee.noMembers')} />
      ) : !editable ? (
        <ul className="plain-list">
          {meeting.attendance.length === 0 ? (
            <li className="muted">{t('attendance.none')}</li>
          ) : (
            meeting.attendance.map((a) => (
              <li key={a.organisationId ?? a.citizenMemberId}>
                {name(a)} — {t(`attendance.${a.status}`)}
                {a.proxyName && ` (${a.proxyName})`}
              </li>
            ))
          )}
        </ul>
      ) : (
        <>
          <FormError message={formErrorMessage(attendance.error, t)} />
          <TableScroll label={t('attendance.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('attendance.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('committee.member')}</th>
                  <th scope="col">{t('attendance.status')}</th>
                  <th scope="col">{t('attendance.proxyName')}</th>
                </tr>
              </thead>
              <tbody>
                {seats.map((s) => (
                  <tr key={s.key}>
                    <th scope="row">{s.name}</th>
                    <td>
                      <SelectInput
                        label={t('attendance.statusOf', { name: s.name })}
                        value={s.status}
                        onChange={(k) => k && set(s.key, { status: k as Seat['status'] })}
                        options={options}
                      />
                    </td>
                    <td>
                      {s.status === 'proxy' && (
                        <TextInput label={t('attendance.proxyOf', { name: s.name })} value={s.proxyName} onChange={(v) => set(s.key, { proxyName: v })} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="button-row">
            <Button className="button button-secondary" onPress={save} isDisabled={attendance.isPending}>
              {t('attendance.save')}
            </Button>
            <span role="status">{saved ? t('attendance.saved') : ''}</span>
          </div>
        </>
      )}
    </section>
  );
}
