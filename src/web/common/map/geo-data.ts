/**
 * Thai province and district boundaries for the maps, from reference/thailand (see
 * reference/SOURCES.md). Vite copies both files into the build as hashed assets; the provinces
 * (73 KB) load with the first map, the districts (345 KB) only on the first drill-down.
 */
import { useQuery } from '@tanstack/react-query';
import districtsUrl from '../../../../reference/thailand/districts.geojson?url';
import provincesUrl from '../../../../reference/thailand/provinces.geojson?url';
import { echarts } from '../chart/echarts-setup';

export interface AreaProperties {
  code: string;
  province_code?: string;
  name_th: string;
  name_en: string;
}
export interface AreaFeature {
  type: 'Feature';
  properties: AreaProperties;
  geometry: unknown;
}
export interface AreaCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

/** What a map needs: the ECharts map name it registered, and the areas' names by code. */
export interface AreaMap {
  mapName: string;
  areas: Array<{ code: string; nameTh: string; nameEn: string }>;
}

async function fetchCollection(url: string): Promise<AreaCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map data ${response.status}`);
  return (await response.json()) as AreaCollection;
}

/** Registers a collection under a name (once) and lists its areas. */
function register(mapName: string, collection: AreaCollection): AreaMap {
  if (!echarts.getMap(mapName)) echarts.registerMap(mapName, collection as unknown as Parameters<typeof echarts.registerMap>[1]);
  return {
    mapName,
    areas: collection.features.map((f) => ({ code: f.properties.code, nameTh: f.properties.name_th, nameEn: f.properties.name_en })),
  };
}

export const geoKeys = {
  provinces: ['geo', 'provinces'] as const,
  districtsFile: ['geo', 'districts'] as const,
  districts: (provinceCode: string) => ['geo', 'districts', provinceCode] as const,
};

export function useProvinceGeo() {
  return useQuery({
    queryKey: geoKeys.provinces,
    queryFn: async () => register('th-provinces', await fetchCollection(provincesUrl)),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** One province's districts: the file is fetched once and kept; each province registers its own map. */
export function useDistrictGeo(provinceCode: string | null): { data?: AreaMap; isPending: boolean; error: unknown } {
  const file = useQuery({
    queryKey: geoKeys.districtsFile,
    queryFn: () => fetchCollection(districtsUrl),
    enabled: provinceCode !== null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const province = useQuery({
    queryKey: geoKeys.districts(provinceCode ?? ''),
    queryFn: () => {
      const features = file.data!.features.filter((f) => f.properties.province_code === provinceCode);
      return register(`th-districts-${provinceCode}`, { type: 'FeatureCollection', features });
    },
    enabled: provinceCode !== null && file.data !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return { data: province.data, isPending: province.isPending && !file.isError, error: file.error ?? province.error };
}
