import type { Locale } from '../accounts/accounts.tables.js';
import { catalog } from './catalog.js';

export type { Locale };
export type Messages = Record<string, string>;
export interface MessageBundle {
  en: Messages;
  th: Messages;
}

/** Picks th or en from an Accept-Language header; Thai is the default for a Thai public service. */
export function localeFrom(acceptLanguage: string | undefined, fallback: Locale = 'th'): Locale {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('th')) return 'th';
    if (tag.startsWith('en')) return 'en';
  }
  return fallback;
}

/** Translates a message key with {param} substitution; an unknown key shows itself so it gets noticed. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = catalog[locale][key] ?? catalog.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}
