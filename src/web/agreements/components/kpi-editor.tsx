import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../common/fields';
import { emptyKpi, type KpiRow, weightsTotal } from '../kpi-rows';
import { KpiIndicatorPicker } from './kpi-indicator-picker';

const LEVELS = [0, 1, 2, 3, 4] as const;

interface Props {
  rows: KpiRow[];
  onChange: (rows: KpiRow[]) => void;
  /** the server's field reasons by path (`kpis`, `kpis.0.criteria`, …) */
  errors: Record<string, string>;
}

/**
 * The weighted KPIs, one group each: the indicator, its weight and the value that earns each of
 * the five levels. Field names follow the API's error paths so a refused part shows its reason
 * beneath it; the list's reason (weights not totalling 100 %) shows under the total.
 */
export function KpiEditor({ rows, onChange, errors }: Props) {
  const { t } = useTranslation('agreements');
  const update = (key: number, patch: Partial<KpiRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const total = weightsTotal(rows);
  return (
    <fieldset className="fieldset kpi-editor" aria-describedby={errors.kpis ? 'kpis-error' : undefined}>
      <legend>{t('kpis.title')}</legend>
      <p className="muted">{t('form.kpisHint')}</p>
      {rows.length === 0 && <p className="muted">{t('form.noKpis')}</p>}
      {rows.map((row, i) => {
        const criteriaError = errors[`kpis.${i}.criteria`];
        return (
          <fieldset key={row.key} className="fieldset kpi-row" aria-describedby={criteriaError ? `kpi-${row.key}-criteria-error` : undefined}>
            <legend>{t('form.kpi', { n: i + 1 })}</legend>
            <div className="field-row">
              <KpiIndicatorPicker
                label={t('kpis.indicator')}
                name={`kpis.${i}.indicatorId`}
                value={row.indicator}
                onChange={(indicator) => update(row.key, { indicator })}
              />
              <TextInput
                label={t('kpis.weight')}
                name={`kpis.${i}.weight`}
                isRequired
                inputMode="decimal"
                value={row.weight}
                onChange={(weight) => update(row.key, { weight })}
              />
            </div>
            <div className="field-row kpi-levels">
              {LEVELS.map((j) => (
                <TextInput
                  key={j}
                  label={t('kpis.level', { level: j + 1 })}
                  name={`kpis.${i}.criteria.${j}`}
                  isRequired
                  inputMode="decimal"
                  value={row.criteria[j]}
                  onChange={(value) => update(row.key, { criteria: row.criteria.map((c, k) => (k === j ? value : c)) })}
                />
              ))}
            </div>
            {criteriaError && (
              <p className="field-error" id={`kpi-${row.key}-criteria-error`}>
                {criteriaError}
              </p>
            )}
            <Button className="button button-secondary" onPress={() => onChange(rows.filter((r) => r.key !== row.key))}>
              {t('form.removeKpi', { n: i + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <p className="kpi-total">
        <strong>{t('form.weightsTotal')}</strong> <span data-testid="form-weights-total">{total === null ? '—' : `${total} %`}</span>
      </p>
      {errors.kpis && (
        <p className="field-error" id="kpis-error" role="alert">
          {errors.kpis}
        </p>
      )}
      <Button className="button button-secondary" onPress={() => onChange([...rows, emptyKpi(Date.now() + rows.length)])}>
        {t('form.addKpi')}
      </Button>
    </fieldset>
  );
}
