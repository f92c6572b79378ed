import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import { type CommitteeView, DECISIONS, type Decision, type MeetingView, type ResolutionView } from '../coordination.types';
import { useCreateAction, useMeetingWrites } from '../meetings.queries';
import { TextAreaInput } from './text-area-input';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** Minutes for every agenda item, in both languages. */
export function MinutesDialog({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const { minutes } = useMeetingWrites(meeting.id);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    minutes.mutate(
      { items: meeting.agenda.map((a) => ({ agendaItemId: a.id, minutesTh: text(form, `th-${a.id}`) || null, minutesEn: text(form, `en-${a.id}`) || null })) },
      { onSuccess: onClose },
    );
  };
  return (
    <FormModal title={t('minutes.record')} isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(minutes.error)} className="form">
          <FormError message={formErrorMessage(minutes.error, t)} />
          {meeting.agenda.map((a, i) => (
            <fieldset key={a.id} className="minutes-item">
              <legend>
                {i + 1}. {language === 'th' ? a.titleTh : a.titleEn}
              </legend>
              <TextAreaInput label={t('minutes.th')} name={`th-${a.id}`} defaultValue={a.minutesTh ?? ''} lang="th" />
              <TextAreaInput label={t('minutes.en')} name={`en-${a.id}`} defaultValue={a.minutesEn ?? ''} lang="en" />
            </fieldset>
          ))}
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={minutes.isPending}>
              {t('minutes.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}

/** A resolution of the meeting, optionally on one agenda item, with its decision. */
export function ResolutionDialog({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const { resolution } = useMeetingWrites(meeting.id);
  const [item, setItem] = useState<string>('none');
  const [decision, setDecision] = useState<Decision>('approved');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    resolution.mutate(
      { agendaItemId: item === 'none' ? null : item, textTh: text(form, 'textTh'), textEn: text(form, 'textEn'), decision },
      { onSuccess: onClose },
    );
  };
  return (
    <FormModal title={t('resolution.add')} isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(resolution.error)} className="form">
          <FormError message={formErrorMessage(resolution.error, t)} />
          <SelectInput
            label={t('resolution.agendaItem')}
            value={item}
            onChange={(k) => setItem(k ? String(k) : 'none')}
            options={[
              { id: 'none', label: t('resolution.noItem') },
              ...meeting.agenda.map((a) => ({ id: a.id, label: `${a.position}. ${language === 'th' ? a.titleTh : a.titleEn}` })),
            ]}
          />
          <TextAreaInput label={t('resolution.textTh')} name="textTh" isRequired lang="th" />
          <TextAreaInput label={t('resolution.textEn')} name="textEn" isRequired lang="en" />
          <SelectInput
            label={t('resolution.decision')}
            value={decision}
            onChange={(k) => k && setDecision(k as Decision)}
            options={DECISIONS.map((d) => ({ id: d, label: t(`decisions.${d}`) }))}
          />
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={resolution.isPending}>
              {t('resolution.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}

/** Turns a resolution into an action item for one of the committee's member organisations. */
export function ActionDialog({ committee, resolution, onClose }: { committee: CommitteeView; resolution: ResolutionView; onClose: () => void }) {
  const { t } = useTranslation('coordination');
  const { name } = useLocalized();
  const create = useCreateAction(resolution.id);
  const [assignee, setAssignee] = useState<string | null>(null);
  const organisations = [...new Map(committee.members.flatMap((m) => (m.organisation ? [[m.organisation.id, m.organisation] as const] : []))).values()];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      { assigneeOrganisationId: assignee ?? '', titleTh: text(form, 'titleTh'), titleEn: text(form, 'titleEn'), dueOn: text(form, 'dueOn') },
      { onSuccess: onClose },
    );
  };
  return (
    <FormModal title={t('action.create', { number: resolution.number })} isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(create.error)} className="form">
          <FormError message={formErrorMessage(create.error, t)} />
          <SelectInput
            label={t('action.assignee')}
            name="assigneeOrganisationId"
            isRequired
            value={assignee}
            onChange={(k) => setAssignee(k ? String(k) : null)}
            options={organisations.map((o) => ({ id: o.id, label: name(o) }))}
          />
          <TextInput label={t('action.titleTh')} name="titleTh" isRequired />
          <TextInput label={t('action.titleEn')} name="titleEn" isRequired />
          <TextInput label={t('action.dueOn')} name="dueOn" type="date" isRequired />
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
              {t('action.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
