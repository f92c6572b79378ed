/**
 * The budgets pages keep their filters in the URL (a fiscal year and an organisation scope), so a
 * finding's link, a shared address or the back button land on the same view.
 */
import { fiscalYearOf, type FiscalYear } from '../../shared/fiscal-year';

export interface BudgetSearch {
  fy?: number;
  org?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route search validation: a BE fiscal year within the API's range and an organisation id, or nothing. */
export function validateBudgetSearch(search: Record<string, unknown>): BudgetSearch {
  const fy = Number(search.fy);
  const org = typeof search.org === 'string' && UUID.test(search.org) ? search.org : undefined;
  return {
    ...(Number.isInteger(fy) && fy >= 2400 && fy <= 2700 ? { fy } : {}),
    ...(org ? { org } : {}),
  };
}

export interface MobilisationSearch extends BudgetSearch {
  plan?: string;
}

/** The resource mobilisation page also keeps the plan whose programmes it shows. */
export function validateMobilisationSearch(search: Record<string, unknown>): MobilisationSearch {
  const plan = typeof search.plan === 'string' && UUID.test(search.plan) ? search.plan : undefined;
  return { ...validateBudgetSearch(search), ...(plan ? { plan } : {}) };
}

export const currentFiscalYear = (today: Date = new Date()): FiscalYear => fiscalYearOf(today);

/** Years offered in a picker: a few back for the record, two ahead for budget requests; the chosen one always included. */
export function fiscalYearChoices(current: FiscalYear, chosen?: FiscalYear): FiscalYear[] {
  const years = new Set<FiscalYear>();
  for (let fy = current - 4; fy <= current + 2; fy++) years.add(fy);
  if (chosen) years.add(chosen);
  return [...years].sort((a, b) => b - a);
}
