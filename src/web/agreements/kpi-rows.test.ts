import { describe, expect, it } from 'vitest';
import { emptyKpi, toKpiInputs, weightsTotal } from './kpi-rows';

const rows = (...weights: string[]) => weights.map((weight, key) => ({ ...emptyKpi(key), weight }));

describe('the agreement form’s weights total', () => {
  it('adds exact hundredths, where floats would not', () => {
    expect(weightsTotal(rows('33.33', '33.33', '33.34'))).toBe('100.00');
    expect(weightsTotal(rows('0.1', '0.2'))).toBe('0.30');
    expect(weightsTotal(rows('60', '30'))).toBe('90.00');
    expect(weightsTotal(rows(' 70 ', '30.5'))).toBe('100.50');
    expect(weightsTotal([])).toBe('0.00');
  });

  it('is unknown while a weight is not a percentage with at most two decimals', () => {
    expect(weightsTotal(rows('60', ''))).toBeNull();
    expect(weightsTotal(rows('12.345'))).toBeNull();
    expect(weightsTotal(rows('-5'))).toBeNull();
  });
});

describe('the KPI list sent to the API', () => {
  it('trims values and sends an unpicked indicator as an empty id', () => {
    const picked = { ...emptyKpi(1), indicator: { id: 'a', label: 'A' }, weight: ' 40 ', criteria: [' 1', '2', '3', '4', '5 '] };
    expect(toKpiInputs([picked, emptyKpi(2)])).toEqual([
      { indicatorId: 'a', weight: '40', criteria: ['1', '2', '3', '4', '5'] },
      { indicatorId: '', weight: '', criteria: ['', '', '', '', ''] },
    ]);
  });
});
