import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../common/use-debounced';
import { ProvinceMap } from '../common/map/province-map';
import type { AreaValue } from '../common/map/map-model';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { toChartNumber } from './achievement';
import { PeriodPicker } from './components/period-picker';
import { parsePeriodKey } from './periods';
import { useAreaRollup } from './results.queries';
import { BreakdownIndicatorPicker } from './components/breakdown-indicator-picker';
import { useBreakdownIndicators } from './use-breakdown-indicators';
import { useResultFormat } from './use-result-labels';
import './results.css';

/** Thailand's provinces coloured by an indicator with an area breakdown; a province drills to its districts. */
export function ProvinceMapPage() {
  const { t } = useTranslation('results');
  const { language, name } = useLocalized();
  const format = useResultFormat();
  const search = useSearch({ from: '/signed-in/results/map' });
  const navigate = useNavigate({ from: '/results/map' });
  const [find, setFind] = useState('');
  const indicators = useBreakdownIndicators(useDebounced(find.trim(), 300));
  const indicatorId = search.indicator ?? indicators.data[0]?.id ?? '';
  const province = search.province ?? null;
  const period = search.period ?? '';
  const rollup = useAreaRollup(indicatorId, province ?? 'TH', period);
  const indicator = rollup.data?.indicator ?? indicators.data.find((i) => i.id === indicatorId);
  const unit = indicator ? ((language === 'th' ? indicator.unitLabelTh : indicator.unitLabelEn) ?? t(`unit.${indicator.unit}`)) : '';

  const values: AreaValue[] = useMemo(
    () =>
      (rollup.data?.children ?? []).map((c) => ({
        code: c.areaCode,
        value: toChartNumber(c.value),
        detail: {
          target: toChartNumber(c.target),
          achievement: c.achievement,
          status: c.status ? t(`light.${({ green: 'good', amber: 'warning', red: 'poor' } as const)[c.status]}`) : null,
        },
      })),
    [rollup.data, t],
  );
  const detailColumns = useMemo(
    () => [
      { key: 'target', label: t('dashboard.target'), align: 'end' as const },
      { key: 'achievement', label: t('dashboard.achievement'), align: 'end' as const, fractionDigits: 1 },
      { key: 'status', label: t('dashboard.status') },
    ],
    [t],
  );
  const periods = useMemo(
    () =>
      (rollup.data?.periods ?? [])
        .map(parsePeriodKey)
        .filter((p) => p !== null)
        .reverse(),
    [rollup.data],
  );
  const setSearch = (next: { indicator?: string; province?: string | null; period?: string }) =>
    void navigate({
      search: (prev) => {
        const merged = { ...prev, ...next };
        return {
          ...(merged.indicator ? { indicator: merged.indicator } : {}),
          ...(merged.province ? { province: merged.province } : {}),
          ...(merged.period ? { period: merged.period } : {}),
        };
      },
    });

  return (
    <div className="page">
      <PageHeader title={t('map.title')} subtitle={t('map.intro')} />
      {indicators.isPending && !search.indicator ? (
        <Loading />
      ) : indicators.data.length === 0 && !search.indicator && !find ? (
        <EmptyState title={t('map.noIndicators')} />
      ) : (
        <>
          <div className="toolbar-grid">
            <BreakdownIndicatorPicker
              indicators={indicators.data}
              total={indicators.total}
              current={rollup.data?.indicator}
              value={indicatorId}
              onChange={(id) => setSearch({ indicator: id, province: null })}
              search={find}
              onSearch={setFind}
            />
            <PeriodPicker
              label={t('dashboard.period')}
              value={period}
              latestLabel={t('dashboard.latest')}
              periods={periods.length > 0 ? periods : undefined}
              onChange={(p) => setSearch({ period: p })}
            />
          </div>
          {rollup.isPending ? (
            <Loading />
          ) : rollup.isError ? (
            <ErrorState error={rollup.error} />
          ) : (
            <>
              <p className="muted">
                {t('map.showing', { period: format.period(rollup.data.period) })}{' '}
                {t('dashboard.valueOfTarget', { value: format.decimal(rollup.data.area.value), target: format.decimal(rollup.data.area.target) })} (
                {name(rollup.data.area)})
              </p>
              <ProvinceMap
                title={indicator ? name(indicator) : ''}
                valueLabel={t('map.valueLabel', { unit })}
                province={province}
                onProvinceChange={(code) => setSearch({ province: code })}
                values={values}
                detailColumns={detailColumns}
                csvFilename={`map-${indicator?.code ?? indicatorId}`}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
