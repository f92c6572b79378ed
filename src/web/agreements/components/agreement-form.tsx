import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange } from '../../../shared/fiscal-year';
import { useMe } from '../../auth/auth.queries';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { useLocalized } from '../../common/use-localized';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { type AgreementView, useCreateAgreement, useUpdateAgreement } from '../agreements.queries';
import { emptyKpi, type KpiRow, toKpiInputs } from '../kpi-rows';
import { KpiEditor } from './kpi-editor';

/** The organisations the user may draft for: where they plan or administer (the reach below is the server's to check). */
export function useDraftingOrganisations() {
  const me = useMe().data;
  const { name } = useLocalized();
  const seen = new Map<string, string>();
  for (const m of me?.memberships ?? []) {
    if (m.role === 'planner' || m.role === 'admin') seen.set(m.organisationId, name({ nameTh: m.organisationNameTh, nameEn: m.organisationNameEn }));
  }
  return [...seen].map(([id, label]) => ({ id, label }));
}

const rowsOf = (agreement: AgreementView | null, name: (x: { nameTh: string; nameEn: string }) => string): KpiRow[] =>
  agreement
    ? agreement.kpis.map((k, i) => ({
        key: i,
        weight: k.weight,
        criteria: [...k.criteria],
        indicator: { id: k.indicator.id, label: k.indicator.code ? `${k.indicator.code} ${name(k.indicator)}` : name(k.indicator) },
      }))
    : [emptyKpi(0)];

/**
 * Drafts a new agreement (principal, agent, fiscal year, titles, KPIs) or edits a draft; the
 * server's reasons show beneath their fields, the weights' under the total. Saved, the agreement opens.
 */
export function AgreementForm({ agreement }: { agreement: AgreementView | null }) {
  const { t } = useTranslation('agreements');
  const { language, name } = useLocalized();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  const update = useUpdateAgreement(agreement?.id ?? '');
  const mutation = agreement ? update : create;
  const principals = useDraftingOrganisations();
  const [agentId, setAgentId] = useState('');
  const [rows, setRows] = useState<KpiRow[]>(() => rowsOf(agreement, name));
  const thisYear = fiscalYearOf(new Date());
  const years = Array.from({ length: 5 }, (_, i) => thisYear - 1 + i);
  if (agreement && !years.includes(agreement.fiscalYear)) years.unshift(agreement.fiscalYear);
  // a period covering the whole fiscal year is the default: leave the dates empty so a new year moves it
  const whole =
    agreement && fiscalYearRange(agreement.fiscalYear).start === agreement.periodStart && fiscalYearRange(agreement.fiscalYear).end === agreement.periodEnd;
  // a picker left empty is named here, over the API's reason (which can only say the id is malformed)
  const [unpicked, setUnpicked] = useState<Record<string, string>>({});
  const errors = { ...(fieldErrors(mutation.error) ?? {}), ...unpicked };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const kpis = toKpiInputs(rows);
    const missing: Record<string, string> = {};
    if (!agreement && !agentId) missing.agentOrganisationId = t('form.chooseAgent');
    kpis.forEach((k, i) => {
      if (!k.indicatorId) missing[`kpis.${i}.indicatorId`] = t('form.chooseIndicator');
    });
    setUnpicked(missing);
    const common = {
      fiscalYear: Number(text('fiscalYear')),
      titleTh: text('titleTh'),
      titleEn: text('titleEn'),
      kpis,
      ...(text('periodStart') ? { periodStart: text('periodStart') } : {}),
      ...(text('periodEnd') ? { periodEnd: text('periodEnd') } : {}),
    };
    const opened = { onSuccess: (saved: AgreementView) => void navigate({ to: '/agreements/$id', params: { id: saved.id } }) };
    if (agreement) update.mutate({ ...common, version: agreement.version }, opened);
    else create.mutate({ ...common, principalOrganisationId: text('principalOrganisationId'), agentOrganisationId: agentId }, opened);
  };

  return (
    <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={errors} className="form agreement-form">
      <FormError message={formErrorMessage(mutation.error, t)} />
      {agreement ? (
        <dl className="agreement-facts">
          <dt>{t('side.principal')}</dt>
          <dd>{name(agreement.principal)}</dd>
          <dt>{t('side.agent')}</dt>
          <dd>{name(agreement.agent)}</dd>
        </dl>
      ) : (
        <div className="field-row">
          <SelectInput
            label={t('side.principal')}
            name="principalOrganisationId"
            isRequired
            options={principals}
            defaultValue={principals[0]?.id}
            description={t('form.principalHint')}
          />
          <OrganisationPicker label={t('side.agent')} name="agentOrganisationId" isRequired onSelect={(o) => setAgentId(o?.id ?? '')} />
        </div>
      )}
      <TextInput label={t('form.titleTh')} name="titleTh" isRequired defaultValue={agreement?.titleTh ?? ''} />
      <TextInput label={t('form.titleEn')} name="titleEn" isRequired defaultValue={agreement?.titleEn ?? ''} />
      <div className="field-row">
        <SelectInput
          label={t('fields.fiscalYear')}
          name="fiscalYear"
          isRequired
          defaultValue={String(agreement?.fiscalYear ?? thisYear)}
          options={years.map((y) => ({ id: String(y), label: fiscalYearLabel(y, language) }))}
        />
        <TextInput
          label={t('form.periodStart')}
          name="periodStart"
          type="date"
          description={t('form.periodHint')}
          defaultValue={agreement && !whole ? agreement.periodStart : ''}
        />
        <TextInput label={t('form.periodEnd')} name="periodEnd" type="date" defaultValue={agreement && !whole ? agreement.periodEnd : ''} />
      </div>
      <KpiEditor rows={rows} onChange={setRows} errors={errors} />
      <div className="form-actions">
        <Button
          className="button button-secondary"
          onPress={() => (agreement ? navigate({ to: '/agreements/$id', params: { id: agreement.id } }) : navigate({ to: '/agreements' }))}
        >
          {t('common:form.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={mutation.isPending}>
          {agreement ? t('form.save') : t('form.create')}
        </Button>
      </div>
    </Form>
  );
}
