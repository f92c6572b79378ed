import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PROGRESS_STATUSES, type ProgressStatus } from '../../../shared/results';
import { FieldLabel, FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import type { ProgressReport } from '../results.queries';
import { usePutProgressReport } from './indicators.queries';
import { usePeriodOptions } from './targets-editor';

interface Props {
  elementId: string;
  plan: { fyStart: number; fyEnd: number };
  reports: ProgressReport[];
  /** the period to open on (the latest report's, else the plan's first quarter) */
  initialPeriod: string;
  isOpen: boolean;
  onClose: () => void;
}

/**
 * Writes the element's progress report for a period: % complete, status, narrative. Choosing a
 * period that already has a report loads it, and saving replaces it (sending the version read).
 */
export function ProgressDialog({ elementId, plan, reports, initialPeriod, isOpen, onClose }: Props) {
  const { t } = useTranslation('results');
  const put = usePutProgressReport(elementId);
  const periods = usePeriodOptions(plan.fyStart, plan.fyEnd);
  const [period, setPeriod] = useState(initialPeriod);
  const existing = reports.find((r) => r.period === period);
  const [form, setForm] = useState({ percent: '', status: 'on_track' as ProgressStatus, narrative: '' });
  const load = (p: string) => {
    const r = reports.find((x) => x.period === p);
    setPeriod(p);
    setForm(r ? { percent: r.percentComplete, status: r.status, narrative: r.narrative ?? '' } : { percent: '', status: 'on_track', narrative: '' });
  };
  const [wasOpen, setWasOpen] = useState(false);
  if (isOpen !== wasOpen) {
    setWasOpen(isOpen);
    if (isOpen) load(initialPeriod);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const percent = form.percent.trim() === '' ? Number.NaN : Number(form.percent);
    put.mutate(
      {
        period,
        body: { percentComplete: percent, status: form.status, narrative: form.narrative.trim() || null, ...(existing ? { version: existing.version } : {}) },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <FormModal
      title={t('progressForm.title')}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) {
          put.reset();
          onClose();
        }
      }}
    >
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(put.error)} className="form">
          <FormError message={formErrorMessage(put.error, t)} />
          <SelectInput label={t('progress.period')} name="period" isRequired options={periods} value={period} onChange={(k) => load(String(k ?? ''))} />
          {existing && <p className="muted">{t('progressForm.replaces')}</p>}
          <div className="field-row">
            <TextInput
              label={t('progressForm.percent')}
              name="percentComplete"
              isRequired
              type="number"
              inputMode="decimal"
              description={t('progressForm.percentHint')}
              value={form.percent}
              onChange={(v) => setForm({ ...form, percent: v })}
            />
            <SelectInput
              label={t('progress.status')}
              name="status"
              isRequired
              value={form.status}
              onChange={(k) => setForm({ ...form, status: String(k) as ProgressStatus })}
              options={PROGRESS_STATUSES.map((s) => ({ id: s, label: t(`progressStatus.${s}`) }))}
            />
          </div>
          <TextField className="field" name="narrative" value={form.narrative} onChange={(v) => setForm({ ...form, narrative: v })}>
            <FieldLabel label={t('progress.narrative')} />
            <TextArea rows={5} />
            <FieldError className="field-error" />
          </TextField>
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={put.isPending}>
              {t('progressForm.save')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
