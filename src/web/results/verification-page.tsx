import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError } from '../common/fields';
import { fieldErrors, formErrorMessage } from '../common/form-error';
import { FormModal } from '../common/modal';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { formatDateTime } from '../../shared/format-date';
import { EvidenceDialog } from './components/evidence-dialog';
import { parsePeriodKey, periodLabel } from './periods';
import { useAwaitingVerification, useReview, type AwaitingMeasurement } from './results.queries';
import './results.css';

/** The approver's inbox: submitted values in their scope, each verified or rejected with a reason. */
export function VerificationPage() {
  const { t } = useTranslation('results');
  const { language, name } = useLocalized();
  const awaiting = useAwaitingVerification();
  const review = useReview();
  const [done, setDone] = useState<string | null>(null);
  const period = (p: string) => {
    const q = parsePeriodKey(p);
    return q ? periodLabel(q, language) : p;
  };
  const rowLabel = (m: AwaitingMeasurement) =>
    `${name({ nameTh: m.indicatorNameTh, nameEn: m.indicatorNameEn })}${m.areaCode ? ` (${m.areaCode})` : ''}, ${period(m.period)}`;
  const verify = (items: AwaitingMeasurement[]) =>
    review.mutate(
      { action: 'verify', items: items.map((m) => ({ id: m.id, version: m.version })) },
      { onSuccess: (r) => setDone(t('verification.verified', { count: r.items.length })) },
    );

  return (
    <div className="page">
      <PageHeader title={t('verification.title')} subtitle={t('verification.intro')} />
      {done && (
        <p role="status" className="success">
          {done}
        </p>
      )}
      <FormError message={formErrorMessage(review.error, t)} />
      {awaiting.isPending ? (
        <Loading />
      ) : awaiting.isError ? (
        <ErrorState error={awaiting.error} />
      ) : awaiting.data.length === 0 ? (
        <EmptyState title={t('verification.empty')} />
      ) : (
        <>
          <div className="button-row">
            <Button className="button button-secondary" isDisabled={review.isPending} onPress={() => verify(awaiting.data)}>
              {t('verification.verifyAll', { count: awaiting.data.length })}
            </Button>
          </div>
          <TableScroll label={t('verification.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('verification.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('verification.indicator')}</th>
                  <th scope="col">{t('verification.period')}</th>
                  <th scope="col">{t('verification.organisation')}</th>
                  <th scope="col" className="num">
                    {t('verification.previous')}
                  </th>
                  <th scope="col" className="num">
                    {t('verification.value')}
                  </th>
                  <th scope="col">{t('verification.submittedAt')}</th>
                  <th scope="col">{t('verification.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {awaiting.data.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <span className="grid-row-title">
                        {name({ nameTh: m.indicatorNameTh, nameEn: m.indicatorNameEn })}
                        {m.areaCode ? ` (${m.areaCode})` : ''}
                      </span>
                      <Link className="grid-row-meta" to="/results/elements/$id" params={{ id: m.elementId }}>
                        {name({ nameTh: m.elementTitleTh, nameEn: m.elementTitleEn })}
                      </Link>
                    </th>
                    <td>{period(m.period)}</td>
                    <td>{name({ nameTh: m.organisationNameTh, nameEn: m.organisationNameEn })}</td>
                    <td className="num">{m.previousValue ?? '—'}</td>
                    <td className="num">
                      <strong>{m.value}</strong>
                    </td>
                    <td>{m.submittedAt ? formatDateTime(m.submittedAt, language) : '—'}</td>
                    <td>
                      <div className="button-row">
                        <Button
                          className="button button-small button-primary"
                          aria-label={t('verification.verifyOne', { row: rowLabel(m) })}
                          isDisabled={review.isPending}
                          onPress={() => verify([m])}
                        >
                          {t('verification.verify')}
                        </Button>
                        <RejectDialog measurement={m} rowLabel={rowLabel(m)} onDone={() => setDone(t('verification.rejected', { count: 1 }))} />
                        {m.evidenceCount > 0 && <EvidenceDialog measurementId={m.id} rowLabel={rowLabel(m)} canUpload={false} />}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </div>
  );
}

function RejectDialog({ measurement, rowLabel, onDone }: { measurement: AwaitingMeasurement; rowLabel: string; onDone: () => void }) {
  const { t } = useTranslation('results');
  const [open, setOpen] = useState(false);
  const review = useReview();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    review.mutate(
      { action: 'reject', reason, items: [{ id: measurement.id, version: measurement.version }] },
      {
        onSuccess: () => {
          setOpen(false);
          onDone();
        },
      },
    );
  };
  return (
    <>
      <Button
        className="button button-small button-secondary"
        aria-label={t('verification.rejectOne', { row: rowLabel })}
        onPress={() => {
          review.reset();
          setOpen(true);
        }}
      >
        {t('verification.reject')}
      </Button>
      <FormModal title={t('verification.rejectTitle', { row: rowLabel })} isOpen={open} onOpenChange={setOpen}>
        {(close) => (
          <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(review.error)} className="form">
            <FormError message={formErrorMessage(review.error, t)} />
            <TextField className="field" name="reason" isRequired>
              <Label>{t('verification.reason')}</Label>
              <TextArea rows={4} />
              <FieldError className="field-error" />
            </TextField>
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('verification.cancel')}
              </Button>
              <Button type="submit" className="button button-danger" isDisabled={review.isPending}>
                {t('verification.rejectSubmit')}
              </Button>
            </div>
          </Form>
        )}
      </FormModal>
    </>
  );
}
