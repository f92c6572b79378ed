import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format-date';
import { FormError, SelectInput } from '../common/fields';
import { fieldErrors, formErrorMessage } from '../common/form-error';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { TextAreaInput } from './components/text-area-input';
import type { ActionDetail, ActionStatus } from './coordination.types';
import { useAction, useAddFollowUp } from './meetings.queries';
import './coordination.css';

/** One action item: who, by when, its follow-ups; the assignee notes progress and closes it. */
export function ActionPage() {
  const { id } = useParams({ from: '/signed-in/actions/$id' });
  const { t } = useTranslation('coordination');
  const { language, name } = useLocalized();
  const action = useAction(id);
  if (action.isPending)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (action.isError)
    return (
      <div className="page">
        <ErrorState error={action.error} />
      </div>
    );
  const a = action.data;
  const closed = a.status === 'done' || a.status === 'cancelled';
  return (
    <div className="page">
      <PageHeader title={language === 'th' ? a.titleTh : a.titleEn}>
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/inbox">{t('inbox.title')}</Link>
            </li>
            <li>
              <Link to="/meetings/$id" params={{ id: a.meetingId }}>
                {name(a.committee)} · {t('action.resolutionNo', { number: a.resolutionNumber })}
              </Link>
            </li>
          </ol>
        </nav>
      </PageHeader>
      <dl className="facts">
        <div>
          <dt>{t('action.assignee')}</dt>
          <dd>{name(a.assignee)}</dd>
        </div>
        <div>
          <dt>{t('action.dueOn')}</dt>
          <dd>
            {formatDate(a.dueOn, language)}
            {a.overdue && <span className="badge badge-overdue">{t('action.overdue')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('action.status')}</dt>
          <dd>{t(`actionStatus.${a.status}`)}</dd>
        </div>
      </dl>
      <section aria-labelledby="follow-ups-heading">
        <h2 id="follow-ups-heading">{t('followUp.title')}</h2>
        {a.followUps.length === 0 ? (
          <EmptyState title={t('followUp.none')} />
        ) : (
          <ol className="plain-list follow-ups">
            {a.followUps.map((f) => (
              <li key={f.id}>
                <strong>{formatDate(f.notedOn, language)}</strong> · {f.author}
                {f.statusTo && <> · {t('followUp.changed', { from: t(`actionStatus.${f.statusFrom}`), to: t(`actionStatus.${f.statusTo}`) })}</>}
                <p>{f.note}</p>
              </li>
            ))}
          </ol>
        )}
        {a.canUpdate && !closed && <FollowUpForm action={a} />}
      </section>
    </div>
  );
}

function FollowUpForm({ action }: { action: ActionDetail }) {
  const { t } = useTranslation('coordination');
  const add = useAddFollowUp(action.id);
  const [status, setStatus] = useState<ActionStatus | 'same'>('same');
  const [formKey, setFormKey] = useState(0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    add.mutate(
      { note, ...(status !== 'same' ? { status } : {}) },
      {
        onSuccess: () => {
          setStatus('same');
          setFormKey((k) => k + 1);
        },
      },
    );
  };
  const options = [
    { id: 'same', label: t('followUp.keepStatus') },
    ...(['in_progress', 'done', 'cancelled'] as const).filter((s) => s !== action.status).map((s) => ({ id: s, label: t(`actionStatus.${s}`) })),
  ];
  return (
    <Form key={formKey} validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(add.error)} className="form follow-up-form">
      <h3>{t('followUp.add')}</h3>
      <FormError message={formErrorMessage(add.error, t)} />
      <TextAreaInput label={t('followUp.note')} name="note" isRequired />
      <SelectInput label={t('followUp.status')} value={status} onChange={(k) => k && setStatus(k as ActionStatus | 'same')} options={options} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={add.isPending}>
          {t('followUp.save')}
        </Button>
      </div>
    </Form>
  );
}
