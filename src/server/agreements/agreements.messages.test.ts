import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonMessages } from '../i18n/common.messages.js';
import { agreementsMessages } from './agreements.messages.js';
import { AGREEMENT_SIDES } from './agreements.tables.js';

const DIR = path.dirname(fileURLToPath(import.meta.url));

describe('agreements messages', () => {
  it('has every message in both Thai and English', () => {
    expect(Object.keys(agreementsMessages.th).sort()).toEqual(Object.keys(agreementsMessages.en).sort());
    for (const text of [...Object.values(agreementsMessages.th), ...Object.values(agreementsMessages.en)]) expect(text.trim()).not.toBe('');
  });

  it('defines every message key the code refers to, including the ones built from a state or side', async () => {
    const known = new Set([...Object.keys(agreementsMessages.en), ...Object.keys(commonMessages.en)]);
    const used = new Set<string>();
    for (const file of (await readdir(DIR)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = await readFile(path.join(DIR, file), 'utf8');
      for (const match of text.matchAll(/'((?:agreements|validation)\.[a-z_.]+)'/g)) used.add(match[1]);
    }
    for (const status of ['proposed', 'signed', 'evaluated']) used.add(`agreements.not_editable.${status}`);
    for (const side of AGREEMENT_SIDES) {
      used.add(`agreements.already_signed.${side}`);
      used.add(`agreements.sign_outside_scope.${side}`);
    }
    for (const direction of ['up', 'down']) used.add(`agreements.criteria_direction_${direction}`);
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
