import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '@tanstack/react-router';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { useCreateCommittee, useReplaceMembers, useUpdateCommittee } from '../committees.queries';
import { COMMITTEE_KINDS, type CommitteeKind, type CommitteeView } from '../coordination.types';
import { MembersEditor, type SeatRow, seatsFromMembers } from './members-editor';

const STATUSES = ['forming', 'active', 'dissolved'] as const;

/** Creates a committee (a host, names, kind and seats) or edits one; the server checks the seat rules. */
export function CommitteeDialog({ committee, isOpen, onClose }: { committee?: CommitteeView; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation('coordination');
  const { name } = useLocalized();
  const navigate = useNavigate();
  const create = useCreateCommittee();
  const update = useUpdateCommittee(committee?.id ?? '');
  const members = useReplaceMembers(committee?.id ?? '');
  const [kind, setKind] = useState<CommitteeKind>(committee?.kind ?? 'coordination_committee');
  const [host, setHost] = useState<{ id: string; label: string } | null>(null);
  const [rows, setRows] = useState<SeatRow[]>(() => (committee ? seatsFromMembers(committee.members, name) : []));
  const error = create.error ?? update.error ?? members.error;
  const pending = create.isPending || update.isPending || members.isPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (n: string) => String(form.get(n) ?? '').trim();
    const fields = {
      kind,
      nameTh: text('nameTh'),
      nameEn: text('nameEn'),
      descriptionTh: text('descriptionTh') || null,
      descriptionEn: text('descriptionEn') || null,
    };
    const seats = rows.map((r) => r.input);
    if (committee) {
      update.mutate(
        { ...fields, version: committee.version, status: text('status') as (typeof STATUSES)[number] },
        {
          onSuccess: () => members.mutate(seats, { onSuccess: onClose }),
        },
      );
    } else {
      create.mutate(
        { ...fields, hostOrganisationId: host?.id ?? '', members: seats },
        {
          onSuccess: (created) => {
            onClose();
            void navigate({ to: '/committees/$id', params: { id: created.id } });
          },
        },
      );
    }
  };

  return (
    <FormModal
      title={committee ? t('committee.edit') : t('committee.create')}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) {
          create.reset();
          update.reset();
          members.reset();
          onClose();
        }
      }}
    >
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(error)} className="form">
          <FormError message={formErrorMessage(error, t)} />
          <SelectInput
            label={t('committee.kind')}
            name="kind"
            isRequired
            value={kind}
            onChange={(k) => k && setKind(k as CommitteeKind)}
            options={COMMITTEE_KINDS.map((k) => ({ id: k, label: t(`kinds.${k}`) }))}
          />
          <TextInput label={t('committee.nameTh')} name="nameTh" isRequired defaultValue={committee?.nameTh ?? ''} />
          <TextInput label={t('committee.nameEn')} name="nameEn" isRequired defaultValue={committee?.nameEn ?? ''} />
          {!committee && (
            <OrganisationPicker
              label={t('committee.host')}
              name="hostOrganisationId"
              isRequired
              onSelect={(o) => {
                setHost(o ? { id: o.id, label: o.label } : null);
                // the host usually chairs and keeps the secretariat: offer that, editable below
                if (o && rows.length === 0)
                  setRows([
                    { key: 'host-chair', label: o.label, input: { organisationId: o.id, role: 'chair' } },
                    { key: 'host-secretary', label: o.label, input: { organisationId: o.id, role: 'secretary' } },
                  ]);
              }}
            />
          )}
          {committee && (
            <SelectInput
              label={t('committee.status')}
              name="status"
              defaultValue={committee.status}
              options={STATUSES.map((s) => ({ id: s, label: t(`committeeStatus.${s}`) }))}
            />
          )}
          <TextInput label={t('committee.descriptionTh')} name="descriptionTh" defaultValue={committee?.descriptionTh ?? ''} />
          <TextInput label={t('committee.descriptionEn')} name="descriptionEn" defaultValue={committee?.descriptionEn ?? ''} />
          <MembersEditor rows={rows} onChange={setRows} allowCitizens={kind === 'lay_board'} />
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={pending}>
              {t('committee.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
