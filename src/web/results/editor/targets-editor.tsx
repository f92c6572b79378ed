import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Option, SelectInput, TextInput } from '../../common/fields';
import { planPeriods } from './plan-periods';
import { useResultFormat } from '../use-result-labels';

export interface TargetRow {
  key: number;
  period: string;
  value: string;
}

export function usePeriodOptions(fyStart: number, fyEnd: number): Option[] {
  const format = useResultFormat();
  return planPeriods(fyStart, fyEnd).map((p) => ({ id: p, label: format.period(p) }));
}

/**
 * Targets per period, one row each. Field names follow the API's error paths
 * (`targets.<i>.period`, `targets.<i>.value`) so a refused target shows its reason beside it.
 */
export function TargetsEditor({ rows, onChange, periods }: { rows: TargetRow[]; onChange: (rows: TargetRow[]) => void; periods: Option[] }) {
  const { t } = useTranslation('results');
  const update = (key: number, patch: Partial<TargetRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const nextPeriod = () => periods.find((p) => !rows.some((r) => r.period === p.id))?.id ?? periods[0]?.id ?? '';
  return (
    <fieldset className="fieldset targets-editor">
      <legend>{t('editor.targets')}</legend>
      {rows.length === 0 && <p className="muted">{t('editor.noTargets')}</p>}
      {rows.map((row, i) => (
        <div className="field-row target-row" key={row.key}>
          <SelectInput
            label={t('editor.targetPeriod', { n: i + 1 })}
            name={`targets.${i}.period`}
            isRequired
            options={periods}
            value={row.period}
            onChange={(k) => update(row.key, { period: String(k ?? '') })}
          />
          <TextInput
            label={t('editor.targetValue', { n: i + 1 })}
            name={`targets.${i}.value`}
            isRequired
            inputMode="decimal"
            value={row.value}
            onChange={(v) => update(row.key, { value: v })}
          />
          <Button className="button button-secondary target-remove" onPress={() => onChange(rows.filter((r) => r.key !== row.key))}>
            {t('editor.removeTarget', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button className="button button-secondary" onPress={() => onChange([...rows, { key: Date.now() + rows.length, period: nextPeriod(), value: '' }])}>
        {t('editor.addTarget')}
      </Button>
    </fieldset>
  );
}
