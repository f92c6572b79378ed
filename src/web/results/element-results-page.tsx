import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { indicatorAchievementItems } from './achievement';
import { AchievementFigure } from './components/achievement-figure';
import { DrilldownHeader } from './components/drilldown-header';
import { IndicatorTrend } from './components/indicator-trend';
import { ProgressReports } from './components/progress-reports';
import { ElementResultsEditor } from './editor/element-results-editor';
import { useElementRollup } from './results.queries';
import './results.css';

/** The element dashboard: its indicators (rolled up along the element tree and linkages) and its progress reports. */
export function ElementResultsPage() {
  const { id } = useParams({ from: '/signed-in/results/elements/$id' });
  const search = useSearch({ from: '/signed-in/results/elements/$id' });
  const navigate = useNavigate({ from: '/results/elements/$id' });
  const { t } = useTranslation('results');
  const { name } = useLocalized();
  const period = search.period ?? '';
  const rollup = useElementRollup(id, period);
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
  const title = name({ nameTh: rollup.data.titleTh, nameEn: rollup.data.titleEn });

  return (
    <div className="page">
      <DrilldownHeader
        title={t('element.title', { name: title })}
        subtitle={t('element.intro')}
        self={
          <Link to="/plan-elements/$id" params={{ id }}>
            {title}
          </Link>
        }
        period={period}
        onPeriodChange={(p) => void navigate({ search: p ? { period: p } : {} })}
      />
      <section aria-labelledby="indicators-heading" className="results-section">
        <h2 id="indicators-heading">{t('element.indicators')}</h2>
        {items.length === 0 ? (
          <EmptyState title={t('element.noIndicators')} />
        ) : (
          <>
            <AchievementFigure
              title={t('element.achievementTitle')}
              nameLabel={t('dashboard.indicator')}
              items={items}
              csvFilename={`achievement-${id}`}
              headingLevel={3}
            />
            <div className="figure-grid">
              {rollup.data.items.map((item) => (
                <IndicatorTrend key={item.indicator.id} item={item} />
              ))}
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="progress-heading" className="results-section">
        <h2 id="progress-heading">{t('progress.title')}</h2>
        <ProgressReports elementId={id} />
      </section>
      <ElementResultsEditor elementId={id} />
    </div>
  );
}
