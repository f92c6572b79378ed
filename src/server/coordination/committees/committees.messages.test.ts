import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { committeesMessages } from './committees.messages.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { RELATIONSHIP_KINDS } from '../../organisations/organisations.tables.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return files.flat().filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
}

describe('coordination messages', () => {
  it('has every message in both Thai and English', () => {
    expect(Object.keys(committeesMessages.th).sort()).toEqual(Object.keys(committeesMessages.en).sort());
    for (const text of [...Object.values(committeesMessages.th), ...Object.values(committeesMessages.en)]) expect(text.trim()).not.toBe('');
  });

  it('defines every message key the code refers to', async () => {
    const known = new Set([...Object.keys(committeesMessages.en), ...Object.keys(commonMessages.en)]);
    const used = new Set<string>();
    for (const file of await sources(ROOT)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/'((?:committees|meetings|actions|validation)\.[a-z_]+)'/g)) used.add(match[1]);
    }
    // network edge labels are looked up by relationship kind
    for (const kind of RELATIONSHIP_KINDS) used.add(`network.relationship.${kind}`);
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
