import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel } from '../../shared/fiscal-year';
import { formatBaht } from '../../shared/format-money';
import { ChartFigure, type ChartLanguage } from '../common/chart';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { currentFiscalYear, type BudgetSearch } from './budget-search';
import { useBudgetFlow } from './budgets.queries';
import { BudgetFilters } from './components/budget-filters';
import { BudgetPageNav } from './components/budget-page-nav';
import { buildSankeyModel, flowLinksFromApi, sankeyOption, sankeyTable, type FlowLayer } from './sankey-model';
import './budgets.css';

/** The Secretariat's picture of a fiscal year's money: source → level → organisation → national strategy. */
export function BudgetFlowPage() {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const search = useSearch({ from: '/signed-in/budget-flow' });
  const navigate = useNavigate({ from: '/budget-flow' });
  const fy = search.fy ?? currentFiscalYear();
  const flow = useBudgetFlow(fy, search.org ?? '');
  const year = fiscalYearLabel(fy, language);

  const model = useMemo(() => buildSankeyModel(flow.data ? flowLinksFromApi(flow.data, language) : []), [flow.data, language]);
  const text = useMemo(
    () => ({
      layerName: (layer: FlowLayer) => t(`layers.${layer}`),
      formatAmount: (amount: string) => formatBaht(amount, language),
      columns: {
        from: t('flow.columns.from'),
        fromLayer: t('flow.columns.fromLayer'),
        to: t('flow.columns.to'),
        toLayer: t('flow.columns.toLayer'),
        amount: t('flow.columns.amount'),
      },
    }),
    [t, language],
  );
  const option = useCallback((_: ChartLanguage) => sankeyOption(model, text), [model, text]);
  const table = useMemo(() => sankeyTable(model, text), [model, text]);
  const onChange = (next: BudgetSearch) => void navigate({ search: next });

  return (
    <div className="page">
      <PageHeader title={t('flow.title')} subtitle={t('flow.intro')} />
      <BudgetPageNav search={search} />
      <BudgetFilters search={search} onChange={onChange} />
      {flow.isPending ? (
        <Loading />
      ) : flow.isError ? (
        <ErrorState error={flow.error} />
      ) : (
        <ChartFigure
          title={t('flow.chartTitle', { year })}
          summary={t('flow.summary', { year, count: table.rows.length })}
          option={option}
          table={table}
          csvFilename={`budget-flow-${fy}`}
          height={Math.max(420, model.nodes.length * 28)}
          emptyMessage={t('flow.empty')}
          description={model.loops.length > 0 ? <p>{t('flow.loops')}</p> : undefined}
        />
      )}
    </div>
  );
}
