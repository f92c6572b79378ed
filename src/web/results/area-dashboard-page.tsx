import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../common/use-debounced';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { trafficLight } from './achievement';
import { AchievementFigure } from './components/achievement-figure';
import { PeriodPicker } from './components/period-picker';
import { TrafficLightBadge } from './components/traffic-light';
import { useAreaRollup } from './results.queries';
import { BreakdownIndicatorPicker } from './components/breakdown-indicator-picker';
import { useBreakdownIndicators } from './use-breakdown-indicators';
import { useResultFormat } from './use-result-labels';
import './results.css';

/** The area dashboard: an indicator in one area (the country, a province, a district) and in the areas below it. */
export function AreaDashboardPage() {
  const { t } = useTranslation('results');
  const { name } = useLocalized();
  const format = useResultFormat();
  const search = useSearch({ from: '/signed-in/results/areas' });
  const navigate = useNavigate({ from: '/results/areas' });
  const [find, setFind] = useState('');
  const indicators = useBreakdownIndicators(useDebounced(find.trim(), 300));
  const indicatorId = search.indicator ?? indicators.data[0]?.id ?? '';
  const area = search.area ?? 'TH';
  const period = search.period ?? '';
  const rollup = useAreaRollup(indicatorId, area, period);
  const items = useMemo(
    () =>
      (rollup.data?.children ?? []).map((c) => ({
        id: c.areaCode,
        name: name(c),
        percent: c.achievement,
        light: trafficLight(c.status, c.achievement),
      })),
    [rollup.data, name],
  );
  const go = (next: { indicator?: string; area?: string; period?: string }) =>
    void navigate({
      search: (prev) => {
        const merged = { ...prev, ...next };
        return {
          ...(merged.indicator ? { indicator: merged.indicator } : {}),
          ...(merged.area && merged.area !== 'TH' ? { area: merged.area } : {}),
          ...(merged.period ? { period: merged.period } : {}),
        };
      },
    });
  const here = rollup.data?.area;

  return (
    <div className="page">
      <PageHeader title={t('area.title')} subtitle={t('area.intro')}>
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/results/dashboard">{t('dashboard.title')}</Link>
            </li>
            {area !== 'TH' && (
              <li>
                <Link to="/results/areas" search={indicatorId ? { indicator: indicatorId } : {}}>
                  {t('area.country')}
                </Link>
              </li>
            )}
            {area.length > 2 && (
              <li>
                <Link to="/results/areas" search={{ ...(indicatorId ? { indicator: indicatorId } : {}), area: area.slice(0, area.length - 2) }}>
                  {t('area.up')}
                </Link>
              </li>
            )}
          </ol>
        </nav>
      </PageHeader>
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
              onChange={(id) => go({ indicator: id })}
              search={find}
              onSearch={setFind}
            />
            <PeriodPicker label={t('dashboard.period')} value={period} latestLabel={t('dashboard.latest')} onChange={(p) => go({ period: p })} />
          </div>
          {rollup.isPending ? (
            <Loading />
          ) : rollup.isError ? (
            <ErrorState error={rollup.error} />
          ) : (
            here && (
              <>
                <h2 className="area-heading">{name(here)}</h2>
                <dl className="facts">
                  <div>
                    <dt>{t('dashboard.periodShown')}</dt>
                    <dd>{format.period(rollup.data.period)}</dd>
                  </div>
                  <div>
                    <dt>{t('dashboard.actual')}</dt>
                    <dd>{format.decimal(here.value)}</dd>
                  </div>
                  <div>
                    <dt>{t('dashboard.target')}</dt>
                    <dd>{format.decimal(here.target)}</dd>
                  </div>
                  <div>
                    <dt>{t('dashboard.achievement')}</dt>
                    <dd>
                      {here.achievement === null ? '—' : format.formatPercent(here.achievement)}{' '}
                      <TrafficLightBadge light={trafficLight(here.status, here.achievement)} />
                    </dd>
                  </div>
                </dl>
                {items.length > 0 && (
                  <>
                    <AchievementFigure
                      title={t('area.childrenTitle', { area: name(here) })}
                      nameLabel={t('area.area')}
                      items={items}
                      csvFilename={`area-${area}-${indicatorId}`}
                      onSelect={(code) => go({ area: code })}
                    />
                    <nav aria-label={t('area.drill')} className="results-links">
                      {rollup.data.children
                        .filter((c) => c.areaCode.length < 6)
                        .map((c) => (
                          <Link key={c.areaCode} to="/results/areas" search={{ indicator: indicatorId, area: c.areaCode, ...(period ? { period } : {}) }}>
                            {name(c)}
                          </Link>
                        ))}
                    </nav>
                  </>
                )}
              </>
            )
          )}
        </>
      )}
    </div>
  );
}
