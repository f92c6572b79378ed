import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { SelectInput } from '../../common/fields';
import { type PickerOption, SearchPicker } from '../../common/search-picker';
import { Loading } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { useOverlaps } from '../overlaps.queries';

export type LinkKind = 'none' | 'plan' | 'plan_element' | 'overlap_pair';
export interface AgendaLinkChoice {
  kind: LinkKind;
  id: string | null;
  label: string;
}

function usePlanOptions(q: string) {
  const { language } = useLocalized();
  const search = useQuery({
    queryKey: ['plans', 'agenda-search', q],
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { q, limit: 20, offset: 0 } } })),
    enabled: !!q,
    placeholderData: keepPreviousData,
  });
  const options: PickerOption[] = q ? (search.data?.items ?? []).map((p) => ({ id: p.id, label: language === 'th' ? p.titleTh : p.titleEn })) : [];
  return { options, isFetching: search.isFetching };
}

function useElementOptions(q: string) {
  const { language } = useLocalized();
  const search = useQuery({
    queryKey: ['plans', 'agenda-element-search', q],
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/search', { params: { query: { q, limit: 20 } } })),
    enabled: !!q,
    placeholderData: keepPreviousData,
  });
  const options: PickerOption[] = q
    ? (search.data ?? []).map((e) => ({
        id: e.id,
        label: `${e.code ? `${e.code} ` : ''}${language === 'th' ? e.titleTh : e.titleEn}`,
        detail: language === 'th' ? e.planTitleTh : e.planTitleEn,
      }))
    : [];
  return { options, isFetching: search.isFetching };
}

/** What an agenda item is about: nothing, a plan, a plan element, or an open overlap pair of the committee's area. */
export function AgendaLinkPicker({ choice, onChange, area }: { choice: AgendaLinkChoice; onChange: (c: AgendaLinkChoice) => void; area: string }) {
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const pairs = useOverlaps(area, 'open', 0, 50);
  const pairOptions = (pairs.data?.items ?? []).map((p) => ({
    id: p.id,
    label: p.projects.map((s) => (language === 'th' ? s.titleTh : s.titleEn)).join(' ↔ '),
  }));
  return (
    <>
      <SelectInput
        label={t('agenda.linkKind')}
        value={choice.kind}
        onChange={(k) => onChange({ kind: (k ?? 'none') as LinkKind, id: null, label: '' })}
        options={(['none', 'plan', 'plan_element', 'overlap_pair'] as const).map((k) => ({ id: k, label: t(`agenda.links.${k}`) }))}
      />
      {choice.kind === 'plan' && (
        <SearchPicker
          label={t('agenda.links.plan')}
          useOptions={usePlanOptions}
          onSelect={(o) => onChange({ kind: 'plan', id: o?.id ?? null, label: o?.label ?? '' })}
        />
      )}
      {choice.kind === 'plan_element' && (
        <SearchPicker
          label={t('agenda.links.plan_element')}
          useOptions={useElementOptions}
          onSelect={(o) => onChange({ kind: 'plan_element', id: o?.id ?? null, label: o?.label ?? '' })}
        />
      )}
      {choice.kind === 'overlap_pair' && area && pairs.isPending && <Loading />}
      {choice.kind === 'overlap_pair' && !(area && pairs.isPending) && (
        <SelectInput
          label={t('agenda.links.overlap_pair')}
          value={choice.id}
          onChange={(k) => onChange({ kind: 'overlap_pair', id: k ? String(k) : null, label: pairOptions.find((p) => p.id === k)?.label ?? '' })}
          options={pairOptions}
          description={area ? undefined : t('agenda.noArea')}
        />
      )}
    </>
  );
}
