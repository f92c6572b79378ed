import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../common/fields';
import { LazyTree, type LazyTreeSource } from '../common/lazy-tree';
import { PageHeader } from '../common/page';
import { Pagination } from '../common/pagination';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useDebounced } from '../common/use-debounced';
import { useLocalized } from '../common/use-localized';
import { type AreaView, areaKeys, fetchAreaChildren, useAreaSearch } from './areas.queries';
import { usePageOffset } from '../common/use-page-offset';

export function AreaTreePage() {
  const { t } = useTranslation('areas');
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 300);
  return (
    <div className="page">
      <PageHeader title={t('title')} subtitle={t('intro')} />
      <search className="toolbar">
        <SearchInput label={t('search.label')} value={text} onChange={setText} placeholder={t('search.placeholder')} />
      </search>
      {query ? (
        <AreaSearchResults query={query} />
      ) : (
        <section aria-labelledby="area-tree-title">
          <h2 id="area-tree-title" className="visually-hidden">
            {t('treeLabel')}
          </h2>
          <AreaTree />
        </section>
      )}
    </div>
  );
}

function AreaTree() {
  const { t } = useTranslation('areas');
  const { name } = useLocalized();
  const source = useMemo<LazyTreeSource<AreaView>>(
    () => ({
      queryKey: areaKeys.children,
      fetchPage: (parent, offset) => fetchAreaChildren(parent, offset),
      getId: (area) => area.code,
      getText: (area) => name(area),
      hasChildren: (area) => area.childCount > 0,
      renderContent: (area) => (
        <span className="tree-label">
          <span className="tree-name">{name(area)}</span>
          <span className="tree-meta">
            {t(`levels.${area.level}`)} · {area.code}
          </span>
          {area.childCount > 0 && <span className="tree-count">{t('childCount', { count: area.childCount })}</span>}
        </span>
      ),
    }),
    [name, t],
  );
  return <LazyTree label={t('treeLabel')} source={source} />;
}

const LIMIT = 20;

function AreaSearchResults({ query }: { query: string }) {
  const { t } = useTranslation('areas');
  const { name, otherName, otherLanguage } = useLocalized();
  const [offset, setOffset] = usePageOffset(query);
  const search = useAreaSearch(query, { offset, limit: LIMIT });
  if (search.isPending) return <Loading />;
  if (search.isError) return <ErrorState error={search.error} />;
  const { items, total } = search.data;
  return (
    <section aria-labelledby="area-results-title">
      <h2 id="area-results-title">{t('search.results', { count: total, query })}</h2>
      {items.length === 0 ? (
        <EmptyState title={t('search.empty', { query })} />
      ) : (
        <ul className="result-list">
          {items.map((area) => (
            <li key={area.code}>
              <span className="result-title">{name(area)}</span>
              <span className="result-meta" lang={otherLanguage}>
                {otherName(area)}
              </span>
              <span className="result-meta">
                {t(`levels.${area.level}`)} · {area.code}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination offset={offset} limit={LIMIT} total={total} onChange={setOffset} label={t('search.pagination')} />
    </section>
  );
}
