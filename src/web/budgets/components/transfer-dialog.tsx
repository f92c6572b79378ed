import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TRANSFER_STATUSES, type TransferStatus } from '../../../shared/enums';
import { fiscalYearLabel } from '../../../shared/fiscal-year';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import type { PickerOption } from '../../common/search-picker';
import { useLocalized } from '../../common/use-localized';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { currentFiscalYear, fiscalYearChoices } from '../budget-search';
import { useCreateTransfer } from '../budgets.queries';
import { hasErrors, readMoneyFields } from '../money-form';
import { useLocalFieldErrors, useValidationErrors } from '../use-validation-errors';
import { ElementMultiPicker } from './element-multi-picker';
import { MoneyField } from './money-field';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Bangkok' });

/** Records money moving from one organisation to another, and the elements it funds. */
export function TransferDialog({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const [open, setOpen] = useState(false);
  const [elements, setElements] = useState<PickerOption[]>([]);
  const [moneyErrors, setMoneyErrors, clearOnInput] = useLocalFieldErrors();
  const create = useCreateTransfer();
  const validationErrors = useValidationErrors(create.error, moneyErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const money = readMoneyFields(text, ['amount'] as const, ['amount']);
    setMoneyErrors(Object.fromEntries(Object.entries(money.errors).map(([k, p]) => [k, t(`money.${p}`)])));
    if (hasErrors(money.errors)) return;
    create.mutate(
      {
        fromOrganisationId: text('fromOrganisationId'),
        toOrganisationId: text('toOrganisationId'),
        fiscalYear: Number(text('fiscalYear')),
        amount: money.values.amount!,
        transferDate: text('transferDate'),
        status: text('status') as TransferStatus,
        elementIds: elements.map((e) => e.id),
        note: text('note') || null,
      },
      {
        onSuccess: () => {
          setOpen(false);
          setElements([]);
        },
      },
    );
  };
  const close = () => {
    setOpen(false);
    create.reset();
    setMoneyErrors({});
  };

  return (
    <>
      <Button className="button button-primary" onPress={() => setOpen(true)}>
        {t('transfers.record')}
      </Button>
      <FormModal title={t('transfers.recordTitle')} isOpen={open} onOpenChange={(o) => (o ? setOpen(true) : close())}>
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={validationErrors} className="form">
          {/* typing in a field drops the error found there before sending */}
          <div className="form" onInput={clearOnInput}>
            <FormError message={hasErrors(moneyErrors) ? t('common:form.fixFields') : formErrorMessage(create.error, t)} />
            <OrganisationPicker label={t('transfers.from')} name="fromOrganisationId" isRequired onSelect={() => undefined} />
            <OrganisationPicker label={t('transfers.to')} name="toOrganisationId" isRequired onSelect={() => undefined} />
            <div className="field-row">
              <SelectInput
                label={t('filters.fiscalYear')}
                name="fiscalYear"
                isRequired
                defaultValue={String(fiscalYear)}
                options={fiscalYearChoices(currentFiscalYear(), fiscalYear).map((y) => ({ id: String(y), label: fiscalYearLabel(y, language) }))}
              />
              <TextInput label={t('transfers.date')} name="transferDate" type="date" isRequired defaultValue={today()} />
            </div>
            <div className="field-row">
              <MoneyField label={t('transfers.amount')} name="amount" isRequired description={t('money.help')} />
              <SelectInput
                label={t('transfers.status')}
                name="status"
                isRequired
                defaultValue="planned"
                options={TRANSFER_STATUSES.map((s) => ({ id: s, label: t(`status.${s}`) }))}
              />
            </div>
            <ElementMultiPicker
              label={t('transfers.elements')}
              searchLabel={t('transfers.elementsSearch')}
              emptyLabel={t('transfers.elementsNone')}
              removeLabel={(name) => t('transfers.removeElement', { name })}
              value={elements}
              onChange={setElements}
            />
            <TextInput label={t('transfers.note')} name="note" />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
                {t('transfers.save')}
              </Button>
            </div>
          </div>
        </Form>
      </FormModal>
    </>
  );
}
