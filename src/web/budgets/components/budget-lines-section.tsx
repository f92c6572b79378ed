import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { BUDGET_SOURCES } from '../../../shared/enums';
import { fiscalYearLabel } from '../../../shared/fiscal-year';
import { formatBaht } from '../../../shared/format-money';
import { ConfirmButton } from '../../common/confirm-button';
import { FormError } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { ErrorState, Loading } from '../../common/states';
import { TableScroll } from '../../common/table-scroll';
import { useLocalized } from '../../common/use-localized';
import { type BudgetLine, useBudgetLines, useDeleteBudgetLine } from '../budgets.queries';
import { sumBaht } from '../money';
import { BudgetLineDialog, type BudgetLineDialogState } from './budget-line-dialog';
import '../budgets.css';

const AMOUNTS = ['requestedThb', 'allocatedThb', 'committedThb', 'disbursedThb'] as const;

/** An element's budget lines, one table per fiscal year (newest first) with its total row. */
export function BudgetLinesSection({ elementId, fiscalYears, editable }: { elementId: string; fiscalYears: number[]; editable: boolean }) {
  const { t } = useTranslation('budgets');
  const lines = useBudgetLines(elementId);
  const remove = useDeleteBudgetLine();
  const [dialog, setDialog] = useState<BudgetLineDialogState>(null);
  const years = [...new Set((lines.data ?? []).map((l) => l.fiscalYear))].sort((a, b) => b - a);

  return (
    <section aria-labelledby="budget-lines-heading" id="budget-lines">
      <div className="section-header">
        <h2 id="budget-lines-heading">{t('lines.title')}</h2>
        {editable && (
          <Button className="button button-secondary" onPress={() => setDialog({ mode: 'add' })}>
            {t('lines.add')}
          </Button>
        )}
      </div>
      <p className="muted">{t('lines.intro')}</p>
      <FormError message={remove.error ? formErrorMessage(remove.error, t) : null} />
      {lines.isPending ? (
        <Loading />
      ) : lines.isError ? (
        <ErrorState error={lines.error} />
      ) : years.length === 0 ? (
        <p className="muted">{t('lines.empty')}</p>
      ) : (
        years.map((fy) => (
          <YearTable
            key={fy}
            fy={fy}
            lines={lines.data.filter((l) => l.fiscalYear === fy)}
            onEdit={editable ? (line) => setDialog({ mode: 'edit', line }) : undefined}
            onRemove={editable ? (line) => remove.mutate(line) : undefined}
          />
        ))
      )}
      {editable && <BudgetLineDialog elementId={elementId} fiscalYears={fiscalYears} state={dialog} onClose={() => setDialog(null)} />}
    </section>
  );
}

function YearTable({ fy, lines, onEdit, onRemove }: { fy: number; lines: BudgetLine[]; onEdit?: (l: BudgetLine) => void; onRemove?: (l: BudgetLine) => void }) {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const year = fiscalYearLabel(fy, language);
  const sorted = [...lines].sort((a, b) => BUDGET_SOURCES.indexOf(a.source) - BUDGET_SOURCES.indexOf(b.source));
  const foreign = (l: BudgetLine) =>
    l.currency !== 'THB' && l.exchangeRate
      ? t('lines.inCurrency', {
          amount: new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', { style: 'currency', currency: l.currency }).format(Number(l.allocated)),
          rate: l.exchangeRate,
          currency: l.currency,
        })
      : null;
  return (
    <TableScroll label={year}>
      <table className="table">
        <caption>{year}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lines.source')}</th>
            {AMOUNTS.map((a) => (
              <th key={a} scope="col" className="money">
                {t(`amounts.${a.replace('Thb', '')}`)}
              </th>
            ))}
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('lines.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((line) => {
            const source = t(`sources.${line.source}`);
            return (
              <tr key={line.id}>
                <th scope="row">
                  {source}
                  {foreign(line) && <div className="muted">{foreign(line)}</div>}
                  {line.note && <div className="muted">{line.note}</div>}
                </th>
                {AMOUNTS.map((a) => (
                  <td key={a} className="money">
                    {formatBaht(line[a], language)}
                  </td>
                ))}
                {onEdit && onRemove && (
                  <td className="nowrap">
                    <Button className="button button-small button-ghost" aria-label={t('lines.editNamed', { source, year })} onPress={() => onEdit(line)}>
                      {t('lines.edit')}
                    </Button>
                    <ConfirmButton
                      label={t('lines.removeNamed', { source, year })}
                      title={t('lines.removeTitle')}
                      message={t('lines.removeMessage', { source, year })}
                      confirmText={t('lines.remove')}
                      onConfirm={() => onRemove(line)}
                    >
                      {t('lines.remove')}
                    </ConfirmButton>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        {sorted.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('lines.total')}</th>
              {AMOUNTS.map((a) => (
                <td key={a} className="money">
                  {formatBaht(sumBaht(sorted.map((l) => l[a])), language)}
                </td>
              ))}
              {onEdit && <td />}
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}
