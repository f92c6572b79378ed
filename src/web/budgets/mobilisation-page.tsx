import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel } from '../../shared/fiscal-year';
import { formatBaht } from '../../shared/format-money';
import { PageHeader } from '../common/page';
import { type PickerOption, SearchPicker } from '../common/search-picker';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { usePlan, type PlanView } from '../plans/plans.queries';
import { currentFiscalYear, type MobilisationSearch } from './budget-search';
import { type FundingGap, useFundingGaps, usePlanOptions } from './budgets.queries';
import { BudgetFilters } from './components/budget-filters';
import { BudgetPageNav } from './components/budget-page-nav';
import { PledgesPanel } from './components/pledges-panel';
import { compareBaht, subtractBaht } from './money';
import './budgets.css';

function usePlanPickerOptions(q: string) {
  const { language } = useLocalized();
  const plans = usePlanOptions(q);
  const options: PickerOption[] = q ? (plans.data?.items ?? []).map((p) => ({ id: p.id, label: language === 'th' ? p.titleTh : p.titleEn })) : [];
  return { options, isFetching: plans.isFetching };
}

/** Pledges from partners and the funding gap of each programme of a plan, for a fiscal year. */
export function MobilisationPage() {
  const { t } = useTranslation('budgets');
  const search = useSearch({ from: '/signed-in/resource-mobilisation' });
  const navigate = useNavigate({ from: '/resource-mobilisation' });
  const fy = search.fy ?? currentFiscalYear();
  const plan = usePlan(search.plan);
  const onChange = (next: MobilisationSearch) => void navigate({ search: next });

  return (
    <div className="page">
      <PageHeader title={t('mobilisation.title')} subtitle={t('mobilisation.intro')} />
      <BudgetPageNav search={search} />
      <BudgetFilters search={search} onChange={(next) => onChange({ ...next, plan: search.plan })} withScope={false} />
      <div className="budget-filters">
        <SearchPicker
          label={t('mobilisation.plan')}
          description={t('mobilisation.planHelp')}
          useOptions={usePlanPickerOptions}
          onSelect={(option) => option && onChange({ ...search, plan: option.id })}
        />
      </div>
      {!search.plan ? <EmptyState title={t('mobilisation.choosePlan')} /> : plan.data && <GapTable plan={plan.data} fy={fy} />}
    </div>
  );
}

function GapTable({ plan, fy }: { plan: PlanView; fy: number }) {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const gaps = useFundingGaps(plan.id, fy);
  const [open, setOpen] = useState<string | null>(null);
  const planTitle = language === 'th' ? plan.titleTh : plan.titleEn;
  const caption = `${planTitle} — ${t('mobilisation.gapCaption', { year: fiscalYearLabel(fy, language) })}`;
  const title = (g: FundingGap) => `${g.code ? `${g.code} ` : ''}${language === 'th' ? g.titleTh : g.titleEn || g.titleTh}`;
  const money = (amount: string) => formatBaht(amount, language);
  if (gaps.isPending) return <Loading />;
  if (gaps.isError) return <ErrorState error={gaps.error} />;
  if (gaps.data.length === 0) return <EmptyState title={t('mobilisation.empty')} />;
  const selected = gaps.data.find((g) => g.elementId === open);
  return (
    <>
      <TableScroll label={caption}>
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mobilisation.programme')}</th>
              {(['requested', 'allocated', 'pledged', 'committed', 'received', 'gap'] as const).map((c) => (
                <th key={c} scope="col" className="money">
                  {t(`mobilisation.${c}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('mobilisation.showPledges')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {gaps.data.map((g) => (
              <tr key={g.elementId}>
                <th scope="row">{title(g)}</th>
                <td className="money">{money(g.requested)}</td>
                <td className="money">{money(g.allocated)}</td>
                <td className="money">{money(g.pledged)}</td>
                <td className="money">{money(g.committed)}</td>
                <td className="money">{money(g.received)}</td>
                <td className={compareBaht(g.gap, '0') > 0 ? 'money over' : 'money'}>
                  {compareBaht(g.gap, '0') < 0 ? t('mobilisation.surplus', { amount: money(subtractBaht('0', g.gap)) }) : money(g.gap)}
                </td>
                <td>
                  <Button
                    className="button button-small button-ghost"
                    aria-label={t('mobilisation.showPledgesNamed', { name: title(g) })}
                    aria-expanded={open === g.elementId}
                    onPress={() => setOpen(open === g.elementId ? null : g.elementId)}
                  >
                    {t('mobilisation.showPledges')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {selected && <PledgesPanel elementId={selected.elementId} programme={title(selected)} fiscalYear={fy} />}
    </>
  );
}
