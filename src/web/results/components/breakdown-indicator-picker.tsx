import { useTranslation } from 'react-i18next';
import { SearchInput, SelectInput } from '../../common/fields';
import { useLocalized } from '../../common/use-localized';
import type { IndicatorRef } from '../results.queries';
import { withCurrent } from '../use-breakdown-indicators';

interface Props {
  indicators: IndicatorRef[];
  /** how many match the search (the list holds the first of them) */
  total: number;
  current: IndicatorRef | undefined;
  value: string;
  onChange: (indicatorId: string) => void;
  search: string;
  onSearch: (text: string) => void;
}

/** Chooses any indicator with an area breakdown: a search narrows the list, the select picks one. */
export function BreakdownIndicatorPicker({ indicators, total, current, value, onChange, search, onSearch }: Props) {
  const { t } = useTranslation('results');
  const { name } = useLocalized();
  const options = withCurrent(indicators, current).map((i) => ({ id: i.id, label: i.code ? `${i.code} · ${name(i)}` : name(i) }));
  return (
    <>
      <SearchInput label={t('map.findIndicator')} value={search} onChange={onSearch} />
      <SelectInput
        label={t('map.indicator')}
        options={options}
        value={value || null}
        description={total > indicators.length ? t('map.moreIndicators', { shown: indicators.length, total }) : undefined}
        onChange={(key) => key && onChange(String(key))}
      />
    </>
  );
}
