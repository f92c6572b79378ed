import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAreaSearch } from '../../areas/areas.queries';
import { type PickerOption, SearchPicker } from '../../common/search-picker';
import { useLocalized } from '../../common/use-localized';

function useAreaOptions(q: string) {
  const { name, otherName } = useLocalized();
  const search = useAreaSearch(q, { limit: 20 });
  const options: PickerOption[] = q ? (search.data?.items ?? []).map((a) => ({ id: a.code, label: name(a), detail: `${otherName(a)} · ${a.code}` })) : [];
  return { options, isFetching: search.isFetching };
}

/**
 * The areas a project serves (DOPA codes), chosen by searching area names. The codes travel with
 * the form as hidden `areaCodes` inputs; `areaCodesShown` tells the submit handler the field was there.
 */
export function AreaCodesField({ value, onChange }: { value: string[]; onChange: (codes: string[]) => void }) {
  const { t } = useTranslation('coordination');
  // names of the areas picked here; codes that came with the element show as codes
  const [labels, setLabels] = useState<Record<string, string>>({});
  return (
    <div className="area-codes-field">
      <input type="hidden" name="areaCodesShown" value="1" />
      {value.map((code) => (
        <input key={code} type="hidden" name="areaCodes" value={code} />
      ))}
      <SearchPicker
        label={t('areas.label')}
        description={t('areas.hint')}
        useOptions={useAreaOptions}
        onSelect={(option) => {
          if (!option || value.includes(option.id)) return;
          setLabels((l) => ({ ...l, [option.id]: option.label }));
          onChange([...value, option.id]);
        }}
      />
      {value.length > 0 && (
        <ul className="chips" aria-label={t('areas.chosen')}>
          {value.map((code) => (
            <li key={code} className="chip">
              <span>{labels[code] ? `${labels[code]} (${code})` : code}</span>
              <Button
                className="chip-remove"
                aria-label={t('areas.remove', { area: labels[code] ?? code })}
                onPress={() => onChange(value.filter((c) => c !== code))}
              >
                <span aria-hidden="true">✕</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The submit handler's view of the field: its codes when it was on the form, nothing otherwise. */
export function areaCodesFrom(form: FormData): { areaCodes?: string[] } {
  return form.get('areaCodesShown') ? { areaCodes: form.getAll('areaCodes').map(String) } : {};
}
