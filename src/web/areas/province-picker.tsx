import { type PickerOption, SearchPicker } from '../common/search-picker';
import { useLocalized } from '../common/use-localized';
import { useAreaSearch } from './areas.queries';

function useProvinceOptions(q: string) {
  const { name, otherName } = useLocalized();
  const search = useAreaSearch(q, { level: 'province', limit: 20 });
  const options: PickerOption[] = q ? (search.data?.items ?? []).map((a) => ({ id: a.code, label: name(a), detail: `${otherName(a)} · ${a.code}` })) : [];
  return { options, isFetching: search.isFetching };
}

export function ProvincePicker(props: { label: string; description?: string; onSelect: (option: PickerOption | null) => void }) {
  return <SearchPicker {...props} useOptions={useProvinceOptions} />;
}
