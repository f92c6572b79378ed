import type { Key } from 'react-aria-components';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMe, useUpdateMe } from '../auth/auth.queries';
import { isLanguage, rememberLanguage } from '../i18n';

/** th/en switch: applied at once, remembered on this device and saved to the profile. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const updateMe = useUpdateMe();

  const choose = (keys: Set<Key>) => {
    const [language] = [...keys];
    if (!isLanguage(language) || language === i18n.language) return;
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    if (me.data) updateMe.mutate({ locale: language });
  };

  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('language.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[i18n.language]}
      onSelectionChange={choose}
    >
      <ToggleButton id="th" className="toggle" lang="th">
        ไทย
      </ToggleButton>
      <ToggleButton id="en" className="toggle" lang="en">
        English
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
