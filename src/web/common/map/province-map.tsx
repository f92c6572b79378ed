import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChartFigure, type ChartView } from '../chart/chart-figure';
import type { ChartLanguage } from '../chart/echarts-setup';
import type { TableColumn, TableRow } from '../chart/table-model';
import { SelectInput } from '../fields';
import { ErrorState, Loading } from '../states';
import { useLocalized } from '../use-localized';
import { useDistrictGeo, useProvinceGeo } from './geo-data';
import { areaName, mapOption, mapTable, type AreaValue, type MapLabels } from './map-model';
import './map.css';

export interface ProvinceMapProps {
  /** what is mapped, e.g. the indicator's name */
  title: string;
  /** column and tooltip name of the value, e.g. "Value (persons)" */
  valueLabel: string;
  /** the province drilled into (its districts are shown), or null for the whole country */
  province: string | null;
  onProvinceChange: (code: string | null) => void;
  /** values for the level shown: provinces, or the chosen province's districts */
  values: AreaValue[];
  formatValue?: (value: number) => string;
  /** more numbers per area for the table (their values in AreaValue.detail) */
  detailColumns?: TableColumn[];
  csvFilename: string;
  headingLevel?: 2 | 3;
  view?: ChartView;
  onViewChange?: (view: ChartView) => void;
}

/**
 * A choropleth of Thailand's provinces; a click on a province (or choosing it in the select, or its
 * button in the table view — the keyboard ways in) drills down to its districts, and a back button
 * returns. The table view lists every area's number.
 */
export function ProvinceMap(props: ProvinceMapProps) {
  const { title, valueLabel, province, onProvinceChange, values, detailColumns, csvFilename, headingLevel } = props;
  const { t } = useTranslation('map');
  const { language } = useLocalized();
  const provinces = useProvinceGeo();
  const districts = useDistrictGeo(province);
  const numberFormat = useMemo(() => new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 2 }), [language]);
  const formatValue = props.formatValue ?? numberFormat.format;
  const level = province ? districts : provinces;
  const provinceArea = provinces.data?.areas.find((a) => a.code === province);
  const provinceName = province ? areaName(provinceArea, language, province) : '';

  const labels: MapLabels = useMemo(
    () => ({
      area: province ? t('district') : t('province'),
      code: t('code'),
      value: valueLabel,
      high: t('high'),
      low: t('low'),
      noData: t('noData'),
    }),
    [province, t, valueLabel],
  );

  // the view survives a drill-down (the figure is replaced by a loading state meanwhile)
  const [ownView, setOwnView] = useState<ChartView>('chart');
  const view = props.view ?? ownView;
  const changeView = (next: ChartView) => {
    setOwnView(next);
    props.onViewChange?.(next);
  };
  // the control that drilled down (a table button, the back button) goes away: focus the new title
  const frame = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);
  const drillInto = useCallback(
    (code: string | null) => {
      moveFocus.current = true;
      onProvinceChange(code);
    },
    [onProvinceChange],
  );
  useEffect(() => {
    if (!moveFocus.current || !level.data) return;
    moveFocus.current = false;
    frame.current?.querySelector<HTMLElement>('.chart-figure-title')?.focus();
  }, [level.data]);

  const option = useCallback(
    (lang: ChartLanguage) =>
      level.data ? mapOption({ mapName: level.data.mapName, areas: level.data.areas, values, language: lang, labels, formatValue }) : {},
    [level.data, values, labels, formatValue],
  );

  const table = useMemo(() => {
    if (!level.data) return { columns: [], rows: [] as TableRow[] };
    return mapTable({
      areas: level.data.areas,
      values,
      language,
      labels,
      detailColumns: detailColumns?.map((c) => ({ ...c })),
      // in the country view each province name is a button: the keyboard way to drill down
      nameColumn: province
        ? undefined
        : {
            render: (row: TableRow) => (
              <Button className="link-button" onPress={() => drillInto(String(row.code))} aria-label={t('showDistrictsOf', { province: row.name })}>
                {row.name}
              </Button>
            ),
          },
    });
  }, [level.data, values, language, labels, detailColumns, province, drillInto, t]);

  const summary = useMemo(() => {
    const present = values.filter((v) => v.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
    const name = (code: string) =>
      areaName(
        level.data?.areas.find((a) => a.code === code),
        language,
        code,
      );
    const where = province ? t('districtsOf', { province: provinceName }) : t('provinces');
    if (present.length === 0) return t('summaryEmpty', { title, where });
    const top = present[0];
    const bottom = present[present.length - 1];
    return t('summary', {
      title,
      where,
      count: present.length,
      highest: `${name(top.code)} ${formatValue(top.value as number)}`,
      lowest: `${name(bottom.code)} ${formatValue(bottom.value as number)}`,
    });
  }, [values, level.data, language, province, provinceName, title, t, formatValue]);

  if (level.isPending) return <Loading label={t('loading')} />;
  if (level.error || !level.data) return <ErrorState error={level.error} />;

  const provinceOptions = (provinces.data?.areas ?? [])
    .map((a) => ({ id: a.code, label: areaName(a, language, a.code) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));

  const toolbar = province ? (
    <Button className="button button-small" onPress={() => drillInto(null)}>
      {t('back')}
    </Button>
  ) : (
    <div className="map-province-select">
      <SelectInput label={t('chooseProvince')} options={provinceOptions} value={null} onChange={(key) => key && drillInto(String(key))} />
    </div>
  );

  return (
    <div ref={frame}>
      <ChartFigure
        title={`${title} — ${province ? t('districtsOf', { province: provinceName }) : t('provinces')}`}
        headingLevel={headingLevel}
        summary={summary}
        option={option}
        table={table}
        csvFilename={province ? `${csvFilename}-${province}` : csvFilename}
        height="min(70vh, 640px)"
        onChartClick={
          province
            ? undefined
            : (event) => {
                if (/^\d{2}$/.test(event.name)) drillInto(event.name);
              }
        }
        toolbar={toolbar}
        view={view}
        onViewChange={changeView}
        description={<p>{province ? t('hintDistricts') : t('hintProvinces')}</p>}
      />
    </div>
  );
}
