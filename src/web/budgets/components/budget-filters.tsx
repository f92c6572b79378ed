import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel } from '../../../shared/fiscal-year';
import { SelectInput } from '../../common/fields';
import { useLocalized } from '../../common/use-localized';
import { OrganisationPicker } from '../../organisations/components/organisation-picker';
import { useOrganisationName } from '../budgets.queries';
import { currentFiscalYear, fiscalYearChoices, type BudgetSearch } from '../budget-search';

/** Fiscal year (BE) and, where the page has one, the organisation subtree it covers. */
export function BudgetFilters({ search, onChange, withScope = true }: { search: BudgetSearch; onChange: (next: BudgetSearch) => void; withScope?: boolean }) {
  const { t } = useTranslation('budgets');
  const { language, name } = useLocalized();
  const fy = search.fy ?? currentFiscalYear();
  const scope = useOrganisationName(search.org);
  return (
    <>
      <search className="budget-filters">
        <SelectInput
          label={t('filters.fiscalYear')}
          value={String(fy)}
          onChange={(key) => key && onChange({ ...search, fy: Number(key) })}
          options={fiscalYearChoices(currentFiscalYear(), fy).map((y) => ({ id: String(y), label: fiscalYearLabel(y, language) }))}
        />
        {withScope && <OrganisationPicker label={t('filters.scope')} onSelect={(option) => onChange({ ...search, org: option?.id })} />}
      </search>
      {withScope && (
        <p className="budget-scope" aria-live="polite">
          {search.org ? (
            <>
              <span>{t('filters.scopeNow', { name: scope.data ? name(scope.data) : '…' })}</span>
              <Button className="button button-small button-secondary" onPress={() => onChange({ ...search, org: undefined })}>
                {t('filters.clearScope')}
              </Button>
            </>
          ) : (
            <span className="muted">{t('filters.wholeScope')}</span>
          )}
        </p>
      )}
    </>
  );
}
