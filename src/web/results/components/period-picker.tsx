import { useMemo } from 'react';
import { SelectInput } from '../../common/fields';
import { useLocalized } from '../../common/use-localized';
import { parsePeriodKey, periodKey, periodLabel, recentPeriods, type Period } from '../periods';

interface PeriodPickerProps {
  label: string;
  value: string;
  onChange: (period: string) => void;
  /** quarters offered, newest first; default: the last twelve up to today's */
  periods?: Period[];
  /** an extra first option, e.g. "Latest with data" under the key "" */
  latestLabel?: string;
}

/** A select of fiscal quarters with Buddhist-Era labels ("ไตรมาส 1 ปีงบ 2569" / "Q1 FY2026"). */
export function PeriodPicker({ label, value, onChange, periods, latestLabel }: PeriodPickerProps) {
  const { language } = useLocalized();
  const options = useMemo(() => {
    const list = periods ?? recentPeriods(new Date(), 12);
    const quarters = list.map((p) => ({ id: periodKey(p), label: periodLabel(p, language) }));
    const current = parsePeriodKey(value);
    // a period from the URL outside the list still shows as chosen
    if (current && !quarters.some((q) => q.id === value)) quarters.unshift({ id: value, label: periodLabel(current, language) });
    return latestLabel ? [{ id: 'latest', label: latestLabel }, ...quarters] : quarters;
  }, [periods, language, value, latestLabel]);
  return (
    <SelectInput
      label={label}
      options={options}
      value={value || (latestLabel ? 'latest' : null)}
      onChange={(key) => key !== null && onChange(key === 'latest' ? '' : String(key))}
    />
  );
}
