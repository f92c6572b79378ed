import { describe, expect, it } from 'vitest';
import { currentFiscalYear, fiscalYearChoices, validateBudgetSearch } from './budget-search';
import { fixTarget, groupFindings } from './findings-model';
import { hasErrors, readMoneyFields } from './money-form';

const ORG = '0b7f4a3e-5c3d-4e7a-9c1b-2d3e4f5a6b7c';
const EL = '1c8a5b4f-6d4e-4f8b-8d2c-3e4f5a6b7c8d';

describe('budget page search', () => {
  it('keeps a BE fiscal year and an organisation id, and drops anything else', () => {
    expect(validateBudgetSearch({ fy: '2569', org: ORG })).toEqual({ fy: 2569, org: ORG });
    expect(validateBudgetSearch({ fy: 2026, org: 'x; drop table' })).toEqual({});
    expect(validateBudgetSearch({ fy: '2569.5' })).toEqual({});
  });

  it('names the fiscal year by the BE year it ends in', () => {
    expect(currentFiscalYear(new Date(2026, 8, 30))).toBe(2569);
    expect(currentFiscalYear(new Date(2026, 9, 1))).toBe(2570);
  });

  it('offers recent and coming years, newest first, with the chosen one', () => {
    expect(fiscalYearChoices(2570)).toEqual([2572, 2571, 2570, 2569, 2568, 2567, 2566]);
    expect(fiscalYearChoices(2570, 2560)).toContain(2560);
  });
});

describe('consistency finding links', () => {
  it("sends a transfer finding to the sender's transfers of that year", () => {
    expect(fixTarget({ kind: 'transfer_over_allocation', fiscalYear: 2569, elementId: null, organisationId: ORG })).toEqual({
      page: 'transfers',
      fy: 2569,
      org: ORG,
    });
  });

  it('sends element findings to the element, else to the organisation', () => {
    expect(fixTarget({ kind: 'children_over_parent', fiscalYear: 2569, elementId: EL, organisationId: ORG })).toEqual({ page: 'element', id: EL });
    expect(fixTarget({ kind: 'unlinked_money', fiscalYear: 2569, elementId: null, organisationId: ORG })).toEqual({ page: 'organisation', id: ORG });
    expect(fixTarget({ kind: 'unlinked_money', fiscalYear: 2569, elementId: null, organisationId: null })).toBeNull();
  });

  it("groups findings by kind in the checks' order", () => {
    const findings = [
      { kind: 'unlinked_money' as const, n: 1 },
      { kind: 'children_over_parent' as const, n: 2 },
      { kind: 'unlinked_money' as const, n: 3 },
    ];
    expect(groupFindings(findings, ['children_over_parent', 'disbursed_over_allocated', 'unlinked_money'])).toEqual([
      { kind: 'children_over_parent', findings: [{ kind: 'children_over_parent', n: 2 }] },
      {
        kind: 'unlinked_money',
        findings: [
          { kind: 'unlinked_money', n: 1 },
          { kind: 'unlinked_money', n: 3 },
        ],
      },
    ]);
  });
});

describe('money fields of a form', () => {
  it('collects amounts as decimal strings and each bad one under its own name', () => {
    const form: Record<string, string> = { requested: '1,000', allocated: '-3', committed: '', disbursed: '0.005' };
    const result = readMoneyFields((n) => form[n], ['requested', 'allocated', 'committed', 'disbursed'] as const);
    expect(result.values).toEqual({ requested: '1000.00' });
    expect(result.errors).toEqual({ allocated: 'negative', disbursed: 'tooManyDecimals' });
    expect(hasErrors(result.errors)).toBe(true);
  });

  it('asks for a required amount left empty', () => {
    expect(readMoneyFields(() => ' ', ['amount'] as const, ['amount']).errors).toEqual({ amount: 'required' });
    expect(hasErrors(readMoneyFields(() => '5', ['amount'] as const, ['amount']).errors)).toBe(false);
  });
});
