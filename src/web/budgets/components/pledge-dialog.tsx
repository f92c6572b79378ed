import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel } from '../../../shared/fiscal-year';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { currentFiscalYear, fiscalYearChoices } from '../budget-search';
import { useCreatePledge } from '../budgets.queries';
import { hasErrors, readMoneyFields } from '../money-form';
import { useLocalFieldErrors, useValidationErrors } from '../use-validation-errors';
import { MoneyField } from './money-field';

const AMOUNTS = ['pledged', 'committed', 'received'] as const;

/** Records a partner's pledge to a programme: pledged, and as it comes, committed and received. */
export function PledgeDialog({ elementId, programme, fiscalYear }: { elementId: string; programme: string; fiscalYear: number }) {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const [open, setOpen] = useState(false);
  const [moneyErrors, setMoneyErrors, clearOnInput] = useLocalFieldErrors();
  const create = useCreatePledge(elementId);
  const validationErrors = useValidationErrors(create.error, moneyErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const money = readMoneyFields(text, AMOUNTS, ['pledged']);
    setMoneyErrors(Object.fromEntries(Object.entries(money.errors).map(([k, p]) => [k, t(`money.${p}`)])));
    if (hasErrors(money.errors)) return;
    const currency = (text('currency') || 'THB').toUpperCase();
    create.mutate(
      {
        partnerOrganisationId: text('partnerOrganisationId'),
        fiscalYear: Number(text('fiscalYear')),
        currency,
        exchangeRate: currency === 'THB' ? null : text('exchangeRate').replace(/,/g, '') || null,
        rateDate: currency === 'THB' ? null : text('rateDate') || null,
        pledged: money.values.pledged!,
        committed: money.values.committed ?? '0.00',
        received: money.values.received ?? '0.00',
        note: text('note') || null,
      },
      { onSuccess: close },
    );
  };
  function close() {
    setOpen(false);
    create.reset();
    setMoneyErrors({});
  }

  return (
    <>
      <Button className="button button-small button-secondary" onPress={() => setOpen(true)}>
        {t('mobilisation.addPledge')}
      </Button>
      <FormModal title={`${t('mobilisation.addPledgeTitle')}: ${programme}`} isOpen={open} onOpenChange={(o) => (o ? setOpen(true) : close())}>
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={validationErrors} className="form">
          {/* typing in a field drops the error found there before sending */}
          <div className="form" onInput={clearOnInput}>
            <FormError message={hasErrors(moneyErrors) ? t('common:form.fixFields') : formErrorMessage(create.error, t)} />
            <OrganisationPicker label={t('mobilisation.partner')} name="partnerOrganisationId" isRequired onSelect={() => undefined} />
            <SelectInput
              label={t('filters.fiscalYear')}
              name="fiscalYear"
              isRequired
              defaultValue={String(fiscalYear)}
              options={fiscalYearChoices(currentFiscalYear(), fiscalYear).map((y) => ({ id: String(y), label: fiscalYearLabel(y, language) }))}
            />
            <div className="field-row">
              {AMOUNTS.map((a) => (
                <MoneyField key={a} label={t(`mobilisation.${a}`)} name={a} isRequired={a === 'pledged'} />
              ))}
            </div>
            <div className="field-row">
              <TextInput label={t('lines.currency')} name="currency" defaultValue="THB" description={t('lines.currencyHelp')} />
              <TextInput label={t('lines.exchangeRate')} name="exchangeRate" inputMode="decimal" />
              <TextInput label={t('lines.rateDate')} name="rateDate" type="date" />
            </div>
            <TextInput label={t('mobilisation.note')} name="note" />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
                {t('mobilisation.save')}
              </Button>
            </div>
          </div>
        </Form>
      </FormModal>
    </>
  );
}
