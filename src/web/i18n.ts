import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'prasan.language';

// every src/web/locales/<lang>/<namespace>.json becomes an i18next namespace
const modules = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, messages] of Object.entries(modules)) {
  const [, lang, namespace] = /\/locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(file) ?? [];
  if (!lang || !namespace) continue;
  resources[lang] ??= {};
  resources[lang][namespace] = messages;
}

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'th';
}

/** Remembers the choice and keeps <html lang> in step, so screen readers switch voice. */
export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
}

export const hasRememberedLanguage = () => isLanguage(localStorage.getItem(STORAGE_KEY));

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'th');

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'th',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources.th ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;
