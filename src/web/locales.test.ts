import { describe, expect, it } from 'vitest';

type Messages = { [key: string]: string | Messages };

const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>(['./**/*.tsx', './**/*.ts', '!./**/*.test.ts', '!./api/schema.d.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

function flatten(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)));
}

const byLanguage: Record<string, Record<string, string[]>> = {};
for (const [file, messages] of Object.entries(files)) {
  const [, language, namespace] = /locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(file)!;
  byLanguage[language] ??= {};
  byLanguage[language][namespace] = flatten(messages).sort();
}

describe('locale files', () => {
  it('exist for Thai and English with the same namespaces', () => {
    expect(Object.keys(byLanguage).sort()).toEqual(['en', 'th']);
    expect(Object.keys(byLanguage.th).sort()).toEqual(Object.keys(byLanguage.en).sort());
  });

  for (const namespace of Object.keys(byLanguage.en ?? {})) {
    it(`have the same keys in th and en: ${namespace}`, () => {
      expect(byLanguage.th[namespace]).toEqual(byLanguage.en[namespace]);
    });
  }

  it('have no empty strings', () => {
    for (const [file, messages] of Object.entries(files)) {
      const empty = flatten(messages).filter((key) => key.split('.').reduce<unknown>((m, k) => (m as Messages)[k], messages) === '');
      expect(empty, file).toEqual([]);
    }
  });

  it('hold every literal key the code asks for', () => {
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      const namespace = /useTranslation\('([a-z-]+)'\)/.exec(text)?.[1] ?? 'common';
      for (const [, key] of text.matchAll(/\bt\('([a-zA-Z:.]+)'/g)) {
        const [ns, path] = key.includes(':') ? key.split(':') : [namespace, key];
        const keys = byLanguage.en[ns] ?? [];
        if (!keys.includes(path) && !keys.includes(`${path}_other`)) missing.push(`${file}: ${ns}:${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
