import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { BUDGET_SOURCES, type BudgetSource } from '../../../shared/enums';
import { fiscalYearLabel } from '../../../shared/fiscal-year';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import { currentFiscalYear } from '../budget-search';
import { type BudgetLine, useSaveBudgetLine } from '../budgets.queries';
import { formatBahtForInput } from '../money';
import { hasErrors, readMoneyFields } from '../money-form';
import { useLocalFieldErrors, useValidationErrors } from '../use-validation-errors';
import { MoneyField } from './money-field';

export type BudgetLineDialogState = { mode: 'add' } | { mode: 'edit'; line: BudgetLine } | null;

const AMOUNTS = ['requested', 'allocated', 'committed', 'disbursed'] as const;

/** Adds or edits one budget line: fiscal year, source, currency and the four amounts. */
export function BudgetLineDialog({
  elementId,
  fiscalYears,
  state,
  onClose,
}: {
  elementId: string;
  fiscalYears: number[];
  state: BudgetLineDialogState;
  onClose: () => void;
}) {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const save = useSaveBudgetLine(elementId);
  const [moneyErrors, setMoneyErrors, clearOnInput] = useLocalFieldErrors();
  const validationErrors = useValidationErrors(save.error, moneyErrors);
  const line = state?.mode === 'edit' ? state.line : null;
  const years = line && !fiscalYears.includes(line.fiscalYear) ? [...fiscalYears, line.fiscalYear] : fiscalYears;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const money = readMoneyFields(text, AMOUNTS);
    setMoneyErrors(Object.fromEntries(Object.entries(money.errors).map(([k, p]) => [k, t(`money.${p}`)])));
    if (hasErrors(money.errors)) return;
    const currency = (text('currency') || 'THB').toUpperCase();
    save.mutate(
      {
        line,
        body: {
          fiscalYear: Number(text('fiscalYear')),
          source: text('source') as BudgetSource,
          currency,
          exchangeRate: currency === 'THB' ? null : text('exchangeRate').replace(/,/g, '') || null,
          rateDate: currency === 'THB' ? null : text('rateDate') || null,
          // an emptied amount is zero, not "leave as it was"
          ...Object.fromEntries(AMOUNTS.map((a) => [a, money.values[a] ?? '0.00'])),
          note: text('note') || null,
        },
      },
      { onSuccess: close },
    );
  };
  function close() {
    save.reset();
    setMoneyErrors({});
    onClose();
  }

  return (
    <FormModal
      title={line ? t('lines.editTitle') : t('lines.addTitle')}
      isOpen={state !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
    >
      {(dismiss) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={validationErrors} className="form">
          {/* typing in a field drops the error found there before sending */}
          <div className="form" onInput={clearOnInput}>
            <FormError message={hasErrors(moneyErrors) ? t('common:form.fixFields') : formErrorMessage(save.error, t)} />
            <div className="field-row">
              <SelectInput
                label={t('lines.fiscalYear')}
                name="fiscalYear"
                isRequired
                defaultValue={String(line?.fiscalYear ?? (years.includes(currentFiscalYear()) ? currentFiscalYear() : (years[0] ?? '')))}
                options={years.map((y) => ({ id: String(y), label: fiscalYearLabel(y, language) }))}
              />
              <SelectInput
                label={t('lines.source')}
                name="source"
                isRequired
                defaultValue={line?.source ?? 'state_budget'}
                options={BUDGET_SOURCES.map((s) => ({ id: s, label: t(`sources.${s}`) }))}
              />
            </div>
            <div className="field-row">
              {AMOUNTS.map((a) => (
                <MoneyField key={a} label={t(`amounts.${a}`)} name={a} defaultValue={formatBahtForInput(line?.[a])} />
              ))}
            </div>
            <p className="muted">{t('money.help')}</p>
            <div className="field-row">
              <TextInput label={t('lines.currency')} name="currency" defaultValue={line?.currency ?? 'THB'} description={t('lines.currencyHelp')} />
              <TextInput label={t('lines.exchangeRate')} name="exchangeRate" inputMode="decimal" defaultValue={line?.exchangeRate ?? ''} />
              <TextInput label={t('lines.rateDate')} name="rateDate" type="date" defaultValue={line?.rateDate ?? ''} />
            </div>
            <TextInput label={t('lines.note')} name="note" defaultValue={line?.note ?? ''} />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={dismiss}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
                {t('lines.save')}
              </Button>
            </div>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
