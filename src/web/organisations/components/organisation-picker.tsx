import { useTranslation } from 'react-i18next';
import { type PickerOption, SearchPicker } from '../../common/search-picker';
import { useLocalized } from '../../common/use-localized';
import { useOrganisationSearch } from '../organisations.queries';

function useOrganisationOptions(q: string) {
  const { t } = useTranslation('organisations');
  const { name } = useLocalized();
  const search = useOrganisationSearch(q, 0, 20);
  const options: PickerOption[] = q ? (search.data?.items ?? []).map((o) => ({ id: o.id, label: name(o), detail: `${o.code} · ${t(`kinds.${o.kind}`)}` })) : [];
  return { options, isFetching: search.isFetching };
}

/** Picks one organisation anywhere in the tree by searching its names and code. */
export function OrganisationPicker(props: { label: string; name?: string; isRequired?: boolean; onSelect: (option: PickerOption | null) => void }) {
  return <SearchPicker {...props} useOptions={useOrganisationOptions} />;
}
