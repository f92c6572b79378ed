import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../common/chart';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { useMe } from '../auth/auth.queries';
import { trafficLight } from './achievement';
import { AchievementFigure } from './components/achievement-figure';
import { PeriodPicker } from './components/period-picker';
import { TrafficLightBadge } from './components/traffic-light';
import { multiTrendOption, multiTrendTable } from './dashboard-charts';
import { useSecretariatSummary } from './results.queries';
import { meanAchievement, quartersOf } from './rollup-model';
import { useResultFormat } from './use-result-labels';
import './results.css';

/** The Secretariat's view: each National Strategy's achievement against target, and its trend. */
export function SecretariatDashboardPage() {
  const { t } = useTranslation('results');
  const { name } = useLocalized();
  const format = useResultFormat();
  const me = useMe().data;
  const search = useSearch({ from: '/signed-in/results/dashboard' });
  const navigate = useNavigate({ from: '/results/dashboard' });
  const period = search.period ?? '';
  const summary = useSecretariatSummary(period);
  const strategies = summary.data?.strategies ?? [];
  const title = useCallback(
    (s: { code: string | null; titleTh: string; titleEn: string }) => `${s.code ? `${s.code} ` : ''}${name({ nameTh: s.titleTh, nameEn: s.titleEn })}`,
    [name],
  );

  const items = useMemo(
    () => strategies.map((s) => ({ id: s.elementId, name: title(s), percent: s.achievement, light: trafficLight(s.status, s.achievement) })),
    [strategies, title],
  );
  const trend = useMemo(() => {
    const trends = strategies.map((s) => s.items.flatMap((i) => i.trend));
    const periods = quartersOf(trends);
    return {
      periods: periods.map(format.shortPeriod),
      series: strategies.map((s, i) => ({
        name: title(s),
        values: meanAchievement(
          strategies[i].items.map((it) => it.trend),
          periods,
        ),
      })),
      labels: { period: t('dashboard.quarter') },
      formatValue: format.formatPercent,
      reference: { value: 100, label: t('dashboard.targetLine') },
    };
  }, [strategies, format, t, title]);
  const trendChart = useMemo(() => multiTrendOption(trend), [trend]);
  const trendRows = useMemo(() => multiTrendTable(trend), [trend]);
  const openStrategy = (id: string) => void navigate({ to: '/results/elements/$id', params: { id }, search: period ? { period } : {} });

  return (
    <div className="page">
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.intro')} />
      <nav aria-label={t('dashboard.more')} className="results-links">
        <Link to="/results/map">{t('map.title')}</Link>
        <Link to="/results/areas">{t('area.title')}</Link>
        {(me?.memberships ?? []).slice(0, 3).map((m) => (
          <Link key={m.organisationId} to="/results/organisations/$id" params={{ id: m.organisationId }}>
            {t('organisation.linkTo', { name: name({ nameTh: m.organisationNameTh, nameEn: m.organisationNameEn }) })}
          </Link>
        ))}
      </nav>
      <div className="toolbar-grid">
        <PeriodPicker
          label={t('dashboard.period')}
          value={period}
          latestLabel={t('dashboard.latest')}
          onChange={(p) => void navigate({ search: p ? { period: p } : {} })}
        />
      </div>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} />
      ) : strategies.length === 0 ? (
        <EmptyState title={t('dashboard.noStrategies')} />
      ) : (
        <>
          <p className="muted">{t('dashboard.showing', { period: format.period(summary.data.period) })}</p>
          <AchievementFigure
            title={t('dashboard.strategiesTitle')}
            nameLabel={t('dashboard.strategy')}
            items={items}
            csvFilename="national-strategies-achievement"
            onSelect={openStrategy}
          />
          <section aria-labelledby="strategy-list" className="results-section">
            <h2 id="strategy-list">{t('dashboard.strategyList')}</h2>
            <ul className="strategy-list">
              {strategies.map((s, i) => (
                <li key={s.elementId}>
                  <Link to="/results/elements/$id" params={{ id: s.elementId }} search={period ? { period } : {}}>
                    {title(s)}
                  </Link>{' '}
                  <span>{s.achievement === null ? '—' : format.formatPercent(s.achievement)}</span> <TrafficLightBadge light={items[i].light} />{' '}
                  <span className="muted">{t('dashboard.indicatorCount', { count: s.items.length })}</span>
                </li>
              ))}
            </ul>
          </section>
          <ChartFigure
            title={t('dashboard.trendTitle')}
            summary={t('dashboard.trendsSummary', { count: strategies.length, periods: trend.periods.length })}
            option={trendChart}
            table={trendRows}
            csvFilename="national-strategies-trend"
            emptyMessage={t('dashboard.noValues')}
          />
        </>
      )}
    </div>
  );
}
