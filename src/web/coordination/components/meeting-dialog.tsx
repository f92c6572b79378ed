import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '@tanstack/react-router';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useCreateMeeting } from '../committees.queries';

/** A date and time typed in Bangkok (the committees' clock), sent as an instant. */
export const bangkokInstant = (local: string) => (local ? new Date(`${local}:00+07:00`).toISOString() : '');

/** Schedules a meeting of the committee: titles, start and end (Bangkok time), place or link. */
export function MeetingDialog({ committeeId, isOpen, onClose }: { committeeId: string; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation('coordination');
  const navigate = useNavigate();
  const create = useCreateMeeting(committeeId);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (n: string) => String(form.get(n) ?? '').trim();
    const endsAt = bangkokInstant(text('endsAt'));
    create.mutate(
      {
        titleTh: text('titleTh'),
        titleEn: text('titleEn'),
        startsAt: bangkokInstant(text('startsAt')),
        ...(endsAt ? { endsAt } : {}),
        place: text('place') || null,
        onlineUrl: text('onlineUrl') || null,
        status: text('status') === 'held' ? 'held' : 'scheduled',
      },
      {
        onSuccess: (meeting) => {
          onClose();
          void navigate({ to: '/meetings/$id', params: { id: meeting.id } });
        },
      },
    );
  };
  return (
    <FormModal
      title={t('meeting.schedule')}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) {
          create.reset();
          onClose();
        }
      }}
    >
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(create.error)} className="form">
          <FormError message={formErrorMessage(create.error, t)} />
          <TextInput label={t('meeting.titleTh')} name="titleTh" isRequired />
          <TextInput label={t('meeting.titleEn')} name="titleEn" isRequired />
          <div className="field-row">
            <TextInput label={t('meeting.startsAt')} name="startsAt" type="datetime-local" isRequired description={t('meeting.bangkokTime')} />
            <TextInput label={t('meeting.endsAt')} name="endsAt" type="datetime-local" />
          </div>
          <SelectInput
            label={t('meeting.status')}
            name="status"
            defaultValue="scheduled"
            description={t('meeting.statusHint')}
            options={[
              { id: 'scheduled', label: t('meetingStatus.scheduled') },
              { id: 'held', label: t('meeting.alreadyHeld') },
            ]}
          />
          <TextInput label={t('meeting.place')} name="place" />
          <TextInput label={t('meeting.onlineUrl')} name="onlineUrl" type="url" />
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
              {t('meeting.create')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
