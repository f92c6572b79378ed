import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BUDGET_FINDING_KINDS } from '../../shared/enums';
import { fiscalYearLabel } from '../../shared/fiscal-year';
import { formatBaht } from '../../shared/format-money';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { currentFiscalYear, type BudgetSearch } from './budget-search';
import { type BudgetFinding, useBudgetChecks } from './budgets.queries';
import { BudgetFilters } from './components/budget-filters';
import { BudgetPageNav } from './components/budget-page-nav';
import { fixTarget, groupFindings } from './findings-model';
import './budgets.css';

/** Every budget figure that does not add up for a fiscal year and scope, grouped by check, each with a link to fix it. */
export function BudgetChecksPage() {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const search = useSearch({ from: '/signed-in/budget-checks' });
  const navigate = useNavigate({ from: '/budget-checks' });
  const fy = search.fy ?? currentFiscalYear();
  const checks = useBudgetChecks(fy, search.org ?? '');
  const onChange = (next: BudgetSearch) => void navigate({ search: next });

  return (
    <div className="page">
      <PageHeader title={t('checks.title')} subtitle={t('checks.intro')} />
      <BudgetPageNav search={search} />
      <BudgetFilters search={search} onChange={onChange} />
      {checks.isPending ? (
        <Loading />
      ) : checks.isError ? (
        <ErrorState error={checks.error} />
      ) : (
        <>
          <p role="status">
            {t('checks.count', { count: checks.data.findings.length })} · {fiscalYearLabel(fy, language)}
          </p>
          {checks.data.skipped.length > 0 && (
            <p className="muted">{t('checks.skipped', { kinds: checks.data.skipped.map((k) => t(`checks.kinds.${k}.title`)).join(', ') })}</p>
          )}
          {checks.data.findings.length === 0 ? (
            <EmptyState title={t('checks.none')} />
          ) : (
            groupFindings(checks.data.findings, BUDGET_FINDING_KINDS).map((group) => (
              <FindingGroup key={group.kind} kind={group.kind} findings={group.findings} />
            ))
          )}
        </>
      )}
    </div>
  );
}

function FindingGroup({ kind, findings }: { kind: BudgetFinding['kind']; findings: BudgetFinding[] }) {
  const { t } = useTranslation('budgets');
  const { language, name } = useLocalized();
  const money = (amount: string) => formatBaht(amount, language);
  const headingId = `finding-${kind}`;
  return (
    <section className="finding-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`checks.kinds.${kind}.title`)} ({findings.length})
      </h2>
      <TableScroll label={t(`checks.kinds.${kind}.title`)}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('checks.item')}</th>
              <th scope="col" className="money">
                {t(`checks.kinds.${kind}.limit`)}
              </th>
              <th scope="col" className="money">
                {t(`checks.kinds.${kind}.actual`)}
              </th>
              <th scope="col" className="money">
                {t('checks.excess')}
              </th>
              <th scope="col">{t('checks.fix')}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f, i) => {
              const label = name(f);
              const target = fixTarget(f);
              return (
                <tr key={`${f.elementId ?? f.organisationId ?? ''}-${f.budgetLineId ?? ''}-${i}`}>
                  <th scope="row">{label}</th>
                  <td className="money">{money(f.limit)}</td>
                  <td className="money">{money(f.actual)}</td>
                  <td className="money over">{money(f.excess)}</td>
                  <td>
                    {target?.page === 'element' && (
                      <Link to="/plan-elements/$id" params={{ id: target.id }} hash="budget-lines">
                        {t('checks.openElement', { name: label })}
                      </Link>
                    )}
                    {target?.page === 'organisation' && (
                      <Link to="/organisations/$id" params={{ id: target.id }}>
                        {t('checks.openOrganisation', { name: label })}
                      </Link>
                    )}
                    {target?.page === 'transfers' && (
                      <Link to="/budget-transfers" search={{ fy: target.fy, org: target.org }}>
                        {t('checks.openTransfers', { name: label })}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
