import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../common/use-localized';
import type { AgreementView, KpiView } from '../agreements.queries';

const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * The KPIs with their weights, the five-level criteria, the actual values and the scores, and
 * the weighted total in the footer. Decimals are shown as the server sent them (exact strings).
 */
export function KpiTable({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const { language, name } = useLocalized();
  const unitOf = (i: KpiView['indicator']) => (language === 'th' ? i.unitLabelTh : i.unitLabelEn) ?? t(`units.${i.unit}`);
  return (
    <table className="table kpi-table">
      <caption>{t('kpis.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kpis.number')}</th>
          <th scope="col">{t('kpis.indicator')}</th>
          <th scope="col" className="numeric">
            {t('kpis.weight')}
          </th>
          {LEVELS.map((level) => (
            <th key={level} scope="col" className="numeric">
              {t('kpis.level', { level })}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t('kpis.actual')}
          </th>
          <th scope="col" className="numeric">
            {t('kpis.score')}
          </th>
        </tr>
      </thead>
      <tbody>
        {agreement.kpis.map((kpi) => (
          <tr key={kpi.id}>
            <td>{kpi.position}</td>
            <th scope="row">
              {name(kpi.indicator)}
              <span className="kpi-unit">
                {' '}
                ({unitOf(kpi.indicator)}
                {kpi.indicator.direction === 'down' ? `, ${t('kpis.lowerIsBetter')}` : ''})
              </span>
            </th>
            <td className="numeric">{kpi.weight}</td>
            {kpi.criteria.map((value, i) => (
              <td key={i} className="numeric">
                {value}
              </td>
            ))}
            <td className="numeric">{kpi.actualValue ?? <span className="muted">{t('kpis.notReported')}</span>}</td>
            <td className="numeric">{kpi.score ?? '–'}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('kpis.total')}
          </th>
          <td className="numeric">{agreement.weightsTotal}</td>
          <td colSpan={6} />
          <td className="numeric" data-testid="weighted-total">
            <strong>{agreement.weightedTotal ?? '–'}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
