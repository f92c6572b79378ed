import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { indicatorAchievementItems } from './achievement';
import { AchievementFigure } from './components/achievement-figure';
import { DrilldownHeader } from './components/drilldown-header';
import { IndicatorTrend } from './components/indicator-trend';
import { TrafficLightBadge } from './components/traffic-light';
import { useOrganisationRollup } from './results.queries';
import './results.css';

/** An organisation's dashboard: the indicators reported in its subtree, aggregated over it. */
export function OrganisationDashboardPage() {
  const { id } = useParams({ from: '/signed-in/results/organisations/$id' });
  const search = useSearch({ from: '/signed-in/results/organisations/$id' });
  const navigate = useNavigate({ from: '/results/organisations/$id' });
  const { t } = useTranslation('results');
  const { name } = useLocalized();
  const period = search.period ?? '';
  const rollup = useOrganisationRollup(id, period);
  const items = useMemo(() => indicatorAchievementItems(rollup.data?.items ?? [], name), [rollup.data, name]);

  if (rollup.isPending)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (rollup.isError)
    return (
      <div className="page">
        <ErrorState error={rollup.error} />
      </div>
    );
  const orgName = name(rollup.data);
  const counts = rollup.data.statusCounts;

  return (
    <div className="page">
      <DrilldownHeader
        title={t('organisation.title', { name: orgName })}
        subtitle={t('organisation.intro')}
        self={
          <Link to="/organisations/$id" params={{ id }}>
            {orgName}
          </Link>
        }
        period={period}
        onPeriodChange={(p) => void navigate({ search: p ? { period: p } : {} })}
      />
      <dl className="facts status-counts">
        <div>
          <dt>
            <TrafficLightBadge light="good" />
          </dt>
          <dd>{t('organisation.count', { count: counts.green })}</dd>
        </div>
        <div>
          <dt>
            <TrafficLightBadge light="warning" />
          </dt>
          <dd>{t('organisation.count', { count: counts.amber })}</dd>
        </div>
        <div>
          <dt>
            <TrafficLightBadge light="poor" />
          </dt>
          <dd>{t('organisation.count', { count: counts.red })}</dd>
        </div>
        <div>
          <dt>
            <TrafficLightBadge light="none" />
          </dt>
          <dd>{t('organisation.count', { count: counts.none })}</dd>
        </div>
      </dl>
      {items.length === 0 ? (
        <EmptyState title={t('organisation.noIndicators')} />
      ) : (
        <>
          <AchievementFigure
            title={t('organisation.achievementTitle')}
            nameLabel={t('dashboard.indicator')}
            items={items}
            csvFilename={`organisation-${id}-achievement`}
          />
          <section aria-labelledby="trends-heading" className="results-section">
            <h2 id="trends-heading">{t('organisation.trends')}</h2>
            <div className="figure-grid">
              {rollup.data.items.map((item) => (
                <IndicatorTrend key={item.indicator.id} item={item} />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
