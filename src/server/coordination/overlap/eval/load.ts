/**
 * The labelled evaluation set: pairs of projects written for Prasan (not copied from any data
 * set), labelled *duplicate* when a coordinator should look at the two as the same works or
 * service for the same place and time, *not a duplicate* otherwise (different object, place,
 * road section, phase, period, or each agency's own purchase).
 *
 * Pairs are written one per line, `label | areaA | titleA | areaB | titleB | note [| options]`:
 *   label    D (duplicate) or N (not a duplicate)
 *   title    Thai or English; `ไทย // English` gives a project both titles
 *   options  fa= fb= (function codes, default the block's), ya= yb= (Thai fiscal year BE,
 *            default 2568, `2568-2569` for two years), da= db= (description, `_` for spaces)
 * The split was fixed before any tuning: every third line of a block (2, 5, 8, …) is `test`;
 * a `heldOut` block is all `test` (round 4: written after the engine was last tuned, to measure
 * it once on pairs no tuning round ever saw).
 */
import type { OverlapProject } from '../types.js';

export interface EvalPair {
  id: string;
  category: string;
  split: 'train' | 'test';
  duplicate: boolean;
  note: string;
  a: OverlapProject;
  b: OverlapProject;
}

export interface Block {
  category: string;
  functionCode: string;
  lines: string;
  heldOut?: boolean;
}

const DEFAULT_YEAR = '2568';

/** Thai fiscal year BE n runs 1 Oct (n-544) to 30 Sep (n-543). */
function fiscalYears(spec: string): { startDate: string; endDate: string } {
  const [first, last = first] = spec.split('-').map(Number);
  return { startDate: `${first - 544}-10-01`, endDate: `${last - 543}-09-30` };
}

function titles(field: string): Pick<OverlapProject, 'titleTh' | 'titleEn'> {
  const out: Pick<OverlapProject, 'titleTh' | 'titleEn'> = {};
  for (const part of field
    .split('//')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (/[\u0E00-\u0E7F]/.test(part)) out.titleTh = part;
    else out.titleEn = part;
  }
  return out;
}

function parseOptions(field: string | undefined): Record<string, string> {
  const options: Record<string, string> = {};
  for (const item of (field ?? '').split(/\s+/).filter(Boolean)) {
    const [key, value] = item.split('=');
    options[key] = (value ?? '').replace(/_/g, ' ');
  }
  return options;
}

function project(id: string, owner: string, area: string, title: string, fn: string, year: string, description?: string): OverlapProject {
  return {
    id,
    ownerId: owner,
    ...titles(title),
    ...(description ? { description } : {}),
    areaCodes: area
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    functionCodes: fn.split(',').filter(Boolean),
    ...fiscalYears(year),
  };
}

export function parseBlock(block: Block): EvalPair[] {
  const lines = block.lines
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return lines.map((line, index) => {
    const [label, areaA, titleA, areaB, titleB, note, optionField] = line.split('|').map((f) => f.trim());
    if (!['D', 'N'].includes(label) || !titleA || !titleB) throw new Error(`bad eval line in ${block.category}: ${line}`);
    const o = parseOptions(optionField);
    const id = `${block.category}-${String(index + 1).padStart(3, '0')}`;
    return {
      id,
      category: block.category,
      split: block.heldOut || index % 3 === 2 ? 'test' : 'train',
      duplicate: label === 'D',
      note: note ?? '',
      a: project(`${id}-a`, `${id}-owner-a`, areaA, titleA, o.fa ?? block.functionCode, o.ya ?? DEFAULT_YEAR, o.da),
      b: project(`${id}-b`, `${id}-owner-b`, areaB, titleB, o.fb ?? block.functionCode, o.yb ?? DEFAULT_YEAR, o.db),
    };
  });
}
