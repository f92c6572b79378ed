import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { BudgetSearch } from '../budget-search';

const PAGES = [
  { to: '/budget-flow', label: 'pages.flow' },
  { to: '/budget-checks', label: 'pages.checks' },
  { to: '/budget-transfers', label: 'pages.transfers' },
  { to: '/resource-mobilisation', label: 'pages.mobilisation' },
] as const;

/** Tabs between the budgets pages; the fiscal year travels along, so a comparison stays on one year. */
export function BudgetPageNav({ search }: { search: BudgetSearch }) {
  const { t } = useTranslation('budgets');
  return (
    <nav className="budget-tabs" aria-label={t('pages.label')}>
      <ul>
        {PAGES.map((page) => (
          <li key={page.to}>
            <Link to={page.to} search={search.fy ? { fy: search.fy } : {}} activeProps={{ 'aria-current': 'page' }}>
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
