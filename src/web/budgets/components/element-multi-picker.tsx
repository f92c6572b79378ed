import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type PickerOption, SearchPicker } from '../../common/search-picker';
import { useLocalized } from '../../common/use-localized';
import { useElementOptions } from '../budgets.queries';

function useOptions(q: string) {
  const { language } = useLocalized();
  const search = useElementOptions(q);
  const options: PickerOption[] = q
    ? (search.data ?? []).map((e) => ({
        id: e.id,
        label: `${e.code ? `${e.code} ` : ''}${language === 'th' ? e.titleTh : e.titleEn}`,
        detail: language === 'th' ? e.planTitleTh : e.planTitleEn,
      }))
    : [];
  return { options, isFetching: search.isFetching };
}

/** Chooses several elements, one search at a time; the chosen ones show as removable chips. */
export function ElementMultiPicker({
  label,
  searchLabel,
  emptyLabel,
  removeLabel,
  value,
  onChange,
}: {
  label: string;
  searchLabel: string;
  emptyLabel: string;
  removeLabel: (name: string) => string;
  value: PickerOption[];
  onChange: (next: PickerOption[]) => void;
}) {
  // a fresh picker after each choice: the combo box clears for the next search
  const [round, setRound] = useState(0);
  const { t } = useTranslation('budgets');
  return (
    <fieldset className="fieldset">
      <legend>{label}</legend>
      {value.length === 0 ? (
        <p className="muted">{emptyLabel}</p>
      ) : (
        <ul className="chips" aria-label={t('transfers.elements')}>
          {value.map((option) => (
            <li key={option.id} className="chip">
              <span>{option.label}</span>
              <Button
                className="button button-small button-ghost"
                aria-label={removeLabel(option.label)}
                onPress={() => onChange(value.filter((o) => o.id !== option.id))}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SearchPicker
        key={round}
        label={searchLabel}
        useOptions={useOptions}
        onSelect={(option) => {
          if (!option) return;
          if (!value.some((o) => o.id === option.id)) onChange([...value, option]);
          setRound((r) => r + 1);
        }}
      />
    </fieldset>
  );
}
