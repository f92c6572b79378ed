import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrafficLight } from '../common/chart/palette';
import { useLocalized } from '../common/use-localized';
import type { AchievementLabels } from './dashboard-charts';
import { parsePeriodKey, periodLabel, periodShortLabel } from './periods';

/** Number and period formatting in the UI language, shared by the dashboards. */
export function useResultFormat() {
  const { t } = useTranslation('results');
  const { language } = useLocalized();
  return useMemo(() => {
    const locale = language === 'th' ? 'th-TH' : 'en-GB';
    const percentFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const statusWord: Record<TrafficLight, string> = { good: t('light.good'), warning: t('light.warning'), poor: t('light.poor'), none: t('light.none') };
    const formatPercent = (v: number) => `${percentFormat.format(v)} %`;
    const achievementLabels = (name: string): AchievementLabels => ({
      name,
      percent: t('dashboard.achievement'),
      status: t('dashboard.status'),
      target: t('dashboard.targetLine'),
      statusWord,
      formatPercent,
    });
    const period = (key: string | null | undefined) => {
      if (!key) return '—';
      const p = parsePeriodKey(key);
      return p ? periodLabel(p, language) : /^\d{4}$/.test(key) ? t('dashboard.fiscalYear', { year: key }) : key;
    };
    const shortPeriod = (key: string) => {
      const p = parsePeriodKey(key);
      return p ? periodShortLabel(p, language) : key;
    };
    /** decimal strings from the API shown without float noise: the string's own digits, grouped */
    const decimal = (value: string | null | undefined) => {
      if (value === null || value === undefined) return '—';
      const [whole, fraction] = value.split('.');
      const grouped = numberFormat.format(BigInt(whole.replace('-', ''))).replace(/^/, whole.startsWith('-') ? '-' : '');
      return fraction ? `${grouped}.${fraction}` : grouped;
    };
    return { formatPercent, formatNumber: numberFormat.format, achievementLabels, period, shortPeriod, decimal, statusWord };
  }, [language, t]);
}
