import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../common/chart';
import { achievementOption, achievementTable, type AchievementItem } from '../dashboard-charts';
import { useResultFormat } from '../use-result-labels';

interface AchievementFigureProps {
  title: string;
  /** the first column's label: "Strategy", "Indicator" */
  nameLabel: string;
  items: AchievementItem[];
  csvFilename: string;
  headingLevel?: 2 | 3;
  onSelect?: (id: string) => void;
}

/** Achievement against target as traffic-light bars, each labelled with its percentage and status word. */
export function AchievementFigure({ title, nameLabel, items, csvFilename, headingLevel = 2, onSelect }: AchievementFigureProps) {
  const { t } = useTranslation('results');
  const format = useResultFormat();
  const labels = useMemo(() => format.achievementLabels(nameLabel), [format, nameLabel]);
  const option = useMemo(() => achievementOption(items, labels), [items, labels]);
  const table = useMemo(() => achievementTable(items, labels), [items, labels]);
  const counts = { good: 0, warning: 0, poor: 0, none: 0 };
  for (const i of items) counts[i.light]++;
  return (
    <ChartFigure
      title={title}
      headingLevel={headingLevel}
      summary={t('dashboard.achievementSummary', {
        title,
        count: items.length,
        good: counts.good,
        warning: counts.warning,
        poor: counts.poor,
        none: counts.none,
      })}
      option={option}
      table={table}
      csvFilename={csvFilename}
      height={Math.max(160, items.length * 36 + 68)}
      emptyMessage={t('dashboard.noValues')}
      onChartClick={
        onSelect
          ? (event) => {
              const item = items[items.length - 1 - event.dataIndex];
              if (item) onSelect(item.id);
            }
          : undefined
      }
      description={<p>{t('dashboard.lightLegend')}</p>}
    />
  );
}
