import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextInput } from '../../common/fields';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { MEMBER_ROLES, type MemberInput, type MemberRole, type MemberView } from '../coordination.types';

/** A seat being edited: the API's input plus the name to show. */
export interface SeatRow {
  key: string;
  label: string;
  input: MemberInput;
}

let counter = 0;
const nextKey = () => {
  counter += 1;
  return `seat-${counter}`;
};

export function seatsFromMembers(members: readonly MemberView[], name: (o: { nameTh: string; nameEn: string }) => string): SeatRow[] {
  return members.map((m) => ({
    key: m.id,
    label: m.organisation ? name(m.organisation) : (m.citizen?.name ?? ''),
    input: m.organisation
      ? { organisationId: m.organisation.id, role: m.role }
      : { citizen: { id: m.id, name: m.citizen?.name ?? '', contact: m.citizen?.contact ?? null }, role: m.role },
  }));
}

/** The seats of a committee: member organisations (and citizens on lay boards) with their roles. */
export function MembersEditor({ rows, onChange, allowCitizens }: { rows: SeatRow[]; onChange: (rows: SeatRow[]) => void; allowCitizens: boolean }) {
  const { t } = useTranslation('coordination');
  const [picked, setPicked] = useState<{ id: string; label: string } | null>(null);
  const [role, setRole] = useState<MemberRole>('member');
  const [citizen, setCitizen] = useState('');
  const roleOptions = MEMBER_ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }));
  const setRoleOf = (key: string, next: MemberRole) => onChange(rows.map((r) => (r.key === key ? { ...r, input: { ...r.input, role: next } } : r)));

  return (
    <fieldset className="members-editor">
      <legend>{t('committee.members')}</legend>
      {rows.length === 0 ? (
        <p className="muted">{t('committee.noMembers')}</p>
      ) : (
        <ul className="plain-list seat-list">
          {rows.map((r) => (
            <li key={r.key} className="seat-row">
              <span className="seat-name">
                {r.label}
                {r.input.citizen && <span className="badge badge-muted">{t('committee.citizen')}</span>}
              </span>
              <SelectInput
                label={t('committee.roleOf', { name: r.label })}
                value={r.input.role}
                onChange={(k) => k && setRoleOf(r.key, k as MemberRole)}
                options={roleOptions}
              />
              <Button
                className="button button-small button-ghost"
                aria-label={t('committee.removeSeat', { name: r.label })}
                onPress={() => onChange(rows.filter((x) => x.key !== r.key))}
              >
                {t('committee.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <OrganisationPicker label={t('committee.addOrganisation')} onSelect={(o) => setPicked(o ? { id: o.id, label: o.label } : null)} />
        <SelectInput label={t('committee.role')} value={role} onChange={(k) => k && setRole(k as MemberRole)} options={roleOptions} />
      </div>
      <Button
        className="button button-secondary button-small"
        isDisabled={!picked}
        onPress={() => {
          if (!picked) return;
          onChange([...rows, { key: nextKey(), label: picked.label, input: { organisationId: picked.id, role } }]);
        }}
      >
        {t('committee.addSeat')}
      </Button>
      {allowCitizens && (
        <div className="field-row">
          <TextInput label={t('committee.citizenName')} value={citizen} onChange={setCitizen} />
          <Button
            className="button button-secondary button-small"
            isDisabled={!citizen.trim()}
            onPress={() => {
              onChange([...rows, { key: nextKey(), label: citizen.trim(), input: { citizen: { name: citizen.trim() }, role } }]);
              setCitizen('');
            }}
          >
            {t('committee.addCitizen')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
