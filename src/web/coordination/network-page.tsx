import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth.queries';
import { ChartFigure, type ChartOption } from '../common/chart';
import { SERIES_COLOURS } from '../common/chart/palette';
import { SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { OrganisationPicker } from '../organisations/components/organisation-picker';
import { useNetwork } from './committees.queries';
import { degrees, networkRows } from './network-model';
import './coordination.css';

/** Organisations linked by relationships and shared committee seats, as a graph with a table view. */
export function NetworkPage() {
  const { t } = useTranslation('coordination');
  const { name } = useLocalized();
  const me = useMe().data;
  const [picked, setPicked] = useState<string | null>(null);
  const [depth, setDepth] = useState(1);
  const organisation = picked ?? me?.memberships[0]?.organisationId ?? '';
  const network = useNetwork(organisation, depth);
  const data = network.data;

  const option = useMemo((): ChartOption | null => {
    if (!data) return null;
    const degree = degrees(data);
    const kinds = ['relationship', 'committee'] as const;
    return {
      tooltip: {},
      legend: [{ data: kinds.map((k) => t(`network.edge.${k}`)) }],
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          force: { repulsion: 220, edgeLength: 110 },
          label: { show: true, position: 'right', formatter: '{b}' },
          categories: [{ name: t('network.centre') }, { name: t('network.others') }],
          data: data.nodes.map((n) => ({
            id: n.id,
            name: name(n),
            category: n.id === organisation ? 0 : 1,
            symbolSize: 14 + 4 * Math.min(degree.get(n.id) ?? 0, 6),
          })),
          links: data.edges.map((e) => ({
            source: e.source,
            target: e.target,
            lineStyle: { type: e.kind === 'committee' ? 'dashed' : 'solid', color: e.kind === 'committee' ? SERIES_COLOURS[1] : SERIES_COLOURS[0] },
          })),
          edgeLabel: { show: false },
        },
      ],
    };
  }, [data, name, organisation, t]);

  const rows = useMemo(() => (data ? networkRows(data, name).map((r) => ({ ...r, kind: t(`network.edge.${r.kind}`) })) : []), [data, name, t]);
  return (
    <div className="page">
      <PageHeader title={t('network.title')} subtitle={t('network.intro')} />
      <div className="field-row">
        <OrganisationPicker label={t('network.organisation')} onSelect={(o) => o && setPicked(o.id)} />
        <SelectInput
          label={t('network.depth')}
          value={String(depth)}
          onChange={(k) => k && setDepth(Number(k))}
          options={[1, 2, 3].map((d) => ({ id: String(d), label: t('network.hops', { count: d }) }))}
        />
      </div>
      {!organisation ? (
        <p>{t('network.pick')}</p>
      ) : network.isPending ? (
        <Loading />
      ) : network.isError ? (
        <ErrorState error={network.error} />
      ) : (
        option && (
          <ChartFigure
            title={t('network.figure')}
            summary={t('network.summary', { nodes: data!.nodes.length, edges: data!.edges.length })}
            description={data!.truncated ? <p>{t('network.truncated')}</p> : undefined}
            option={option}
            height={520}
            csvFilename="network"
            emptyMessage={t('network.empty')}
            table={{
              columns: [
                { key: 'from', label: t('network.from') },
                { key: 'to', label: t('network.to') },
                { key: 'kind', label: t('network.kind') },
                { key: 'label', label: t('network.label') },
              ],
              rows,
            }}
          />
        )
      )}
    </div>
  );
}
