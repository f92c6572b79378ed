import { useTranslation } from 'react-i18next';
import { type PickerOption, SearchPicker } from '../../common/search-picker';
import { useLocalized } from '../../common/use-localized';
import { useKpiIndicatorSearch } from '../agreements.queries';
import type { PickedIndicator } from '../kpi-rows';

interface Props {
  label: string;
  /** the API's error path, so a refused indicator shows its reason beneath */
  name: string;
  value: PickedIndicator | null;
  onChange: (indicator: PickedIndicator | null) => void;
}

/** Indicators matching the typed code or name, each saying whose indicator it is. */
function useIndicatorOptions(q: string): { options: PickerOption[]; isFetching: boolean } {
  const { t } = useTranslation('agreements');
  const { name } = useLocalized();
  const search = useKpiIndicatorSearch(q);
  const options = (search.data?.items ?? []).map((i) => ({
    id: i.id,
    label: i.code ? `${i.code} ${name(i)}` : name(i),
    detail: t('form.indicatorOf', { organisation: name({ nameTh: i.responsibleNameTh, nameEn: i.responsibleNameEn }) }),
  }));
  return { options, isFetching: search.isFetching };
}

/** Picks the KPI's indicator as the user types; starts with the chosen indicator's name when editing. */
export function KpiIndicatorPicker({ label, name, value, onChange }: Props) {
  return (
    <SearchPicker
      label={label}
      name={name}
      isRequired
      selected={value}
      useOptions={useIndicatorOptions}
      onSelect={(option) => onChange(option ? { id: option.id, label: option.label } : null)}
    />
  );
}
