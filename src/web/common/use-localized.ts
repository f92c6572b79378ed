import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../i18n';

interface Named {
  nameTh: string;
  nameEn: string;
}

/** Picks the name in the UI language; the other language is still there for a subtitle. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : currentLanguage();
  // one object per language, so `name` can be a memo dependency that changes only with the language
  return useMemo(
    () => ({
      language,
      name: (item: Named) => (language === 'th' ? item.nameTh : item.nameEn) || item.nameTh || item.nameEn,
      otherName: (item: Named) => (language === 'th' ? item.nameEn : item.nameTh),
      /** for lang="…" on the other-language name (WCAG 3.1.2, language of parts) */
      otherLanguage: (language === 'th' ? 'en' : 'th') as Language,
    }),
    [language],
  );
}
