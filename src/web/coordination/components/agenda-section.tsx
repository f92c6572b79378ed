import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { EmptyState } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import type { AgendaBody, AgendaItem, MeetingView } from '../coordination.types';
import { useMeetingWrites } from '../meetings.queries';
import { type AgendaLinkChoice, AgendaLinkPicker } from './agenda-link-picker';

function LinkOf({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('coordination');
  if (!item.link) return null;
  const { kind, id } = item.link;
  if (id === null) return <span className="muted">{t('agenda.linkRemoved', { kind: t(`agenda.links.${kind}`) })}</span>;
  if (kind === 'plan')
    return (
      <Link to="/plans/$id" params={{ id }}>
        {t('agenda.links.plan')}
      </Link>
    );
  if (kind === 'plan_element')
    return (
      <Link to="/plan-elements/$id" params={{ id }}>
        {t('agenda.links.plan_element')}
      </Link>
    );
  return <span className="badge">{t('agenda.links.overlap_pair')}</span>;
}

/** The agenda in order, each item's link and minutes; the secretary adds or removes items. */
export function AgendaSection({ meeting, area, editable }: { meeting: MeetingView; area: string; editable: boolean }) {
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const [adding, setAdding] = useState(false);
  const writes = useMeetingWrites(meeting.id);
  const keep = (items: AgendaItem[]): AgendaBody['items'] =>
    items.map((a) => ({ id: a.id, titleTh: a.titleTh, titleEn: a.titleEn, link: a.link?.id ? { kind: a.link.kind, id: a.link.id } : null }));
  return (
    <section aria-labelledby="agenda-heading">
      <div className="section-header">
        <h2 id="agenda-heading">{t('agenda.title')}</h2>
        {editable && (
          <Button className="button button-secondary button-small" onPress={() => setAdding(true)}>
            {t('agenda.add')}
          </Button>
        )}
      </div>
      {meeting.agenda.length === 0 ? (
        <EmptyState title={t('agenda.empty')} />
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((a) => (
            <li key={a.id}>
              <span className="agenda-title">{language === 'th' ? a.titleTh : a.titleEn}</span> <LinkOf item={a} />
              {editable && (
                <Button
                  className="button button-small button-ghost"
                  aria-label={t('agenda.removeItem', { title: language === 'th' ? a.titleTh : a.titleEn })}
                  onPress={() => writes.agenda.mutate({ items: keep(meeting.agenda.filter((x) => x.id !== a.id)) })}
                >
                  {t('committee.remove')}
                </Button>
              )}
              {(language === 'th' ? a.minutesTh : a.minutesEn) && <p className="minutes">{language === 'th' ? a.minutesTh : a.minutesEn}</p>}
            </li>
          ))}
        </ol>
      )}
      {adding && <AddAgendaItemDialog meeting={meeting} area={area} keep={keep(meeting.agenda)} onClose={() => setAdding(false)} />}
    </section>
  );
}

function AddAgendaItemDialog({ meeting, area, keep, onClose }: { meeting: MeetingView; area: string; keep: AgendaBody['items']; onClose: () => void }) {
  const { t } = useTranslation('coordination');
  const { agenda } = useMeetingWrites(meeting.id);
  const [choice, setChoice] = useState<AgendaLinkChoice>({ kind: 'none', id: null, label: '' });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (n: string) => String(form.get(n) ?? '').trim();
    const link = choice.kind !== 'none' && choice.id ? { kind: choice.kind, id: choice.id } : null;
    agenda.mutate({ items: [...keep, { titleTh: text('titleTh'), titleEn: text('titleEn'), link }] }, { onSuccess: onClose });
  };
  return (
    <FormModal title={t('agenda.add')} isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(agenda.error)} className="form">
          <FormError message={formErrorMessage(agenda.error, t)} />
          <TextInput label={t('agenda.titleTh')} name="titleTh" isRequired />
          <TextInput label={t('agenda.titleEn')} name="titleEn" isRequired />
          <AgendaLinkPicker choice={choice} onChange={setChoice} area={area} />
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={agenda.isPending}>
              {t('agenda.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
