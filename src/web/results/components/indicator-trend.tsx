import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../common/chart';
import { useLocalized } from '../../common/use-localized';
import { trafficLight, toChartNumber } from '../achievement';
import { trendOption, trendTable } from '../dashboard-charts';
import type { IndicatorRollup } from '../results.queries';
import { quartersOf, valuesOver } from '../rollup-model';
import { useResultFormat } from '../use-result-labels';
import { TrafficLightBadge } from './traffic-light';

/** One indicator: its current value against target with the traffic light, and its quarterly trend. */
export function IndicatorTrend({ item, headingLevel = 3 }: { item: IndicatorRollup; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation('results');
  const { language, name } = useLocalized();
  const format = useResultFormat();
  const indicatorName = name(item.indicator);
  const unit = (language === 'th' ? item.indicator.unitLabelTh : item.indicator.unitLabelEn) ?? t(`unit.${item.indicator.unit}`);
  const current = item.current;
  const light = trafficLight(current?.status, current?.achievement);

  const input = useMemo(() => {
    const periods = quartersOf([item.trend]);
    const { actual, target } = valuesOver(item.trend, periods);
    return {
      periods: periods.map(format.shortPeriod),
      actual: { name: t('dashboard.actual'), values: actual },
      target: target.some((v) => v !== null) ? { name: t('dashboard.target'), values: target } : undefined,
      labels: { period: t('dashboard.quarter') },
    };
  }, [item.trend, format, t]);
  const option = useMemo(() => trendOption(input), [input]);
  const table = useMemo(() => trendTable(input), [input]);
  const latest = [...input.actual.values].reverse().find((v) => v !== null);

  return (
    <ChartFigure
      title={`${indicatorName} (${unit})`}
      headingLevel={headingLevel}
      summary={t('dashboard.trendSummary', {
        name: indicatorName,
        count: input.periods.length,
        latest: latest === undefined || latest === null ? '—' : format.formatNumber(latest),
      })}
      option={option}
      table={table}
      csvFilename={`trend-${item.indicator.code ?? item.indicator.id}`}
      height={240}
      emptyMessage={t('dashboard.noValues')}
      description={
        <p className="indicator-current">
          <span>{t('dashboard.currentPeriod', { period: format.period(current?.period) })}</span>
          <span>{t('dashboard.valueOfTarget', { value: format.decimal(current?.value), target: format.decimal(current?.target) })}</span>
          <span>
            {t('dashboard.achievementIs', {
              value: current?.achievement === null || current?.achievement === undefined ? '—' : format.formatPercent(toChartNumber(current.achievement)!),
            })}
          </span>
          <TrafficLightBadge light={light} />
        </p>
      }
    />
  );
}
