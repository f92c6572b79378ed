import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { Button, type Key, Tree, TreeItem, TreeItemContent, TreeLoadMoreItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface TreePage<T> {
  items: T[];
  total: number;
}

export interface LazyTreeSource<T> {
  /** query key of one parent's children (null = the roots) */
  queryKey: (parent: string | null) => QueryKey;
  fetchPage: (parent: string | null, offset: number) => Promise<TreePage<T>>;
  getId: (item: T) => string;
  getText: (item: T) => string;
  hasChildren: (item: T) => boolean;
  getHref?: (item: T) => string;
  renderContent: (item: T) => ReactNode;
}

const SourceContext = createContext<{ source: LazyTreeSource<unknown>; expanded: Set<Key> } | null>(null);

/**
 * An accessible tree (react-aria: arrow keys move and expand, Enter follows the link) that loads
 * one parent's children only when it is expanded, a page at a time, so a hierarchy of 100,000
 * units never loads whole.
 */
export function LazyTree<T>({ label, source }: { label: string; source: LazyTreeSource<T> }) {
  const [expanded, setExpanded] = useState<Set<Key>>(new Set());
  return (
    <SourceContext.Provider value={{ source: source as unknown as LazyTreeSource<unknown>, expanded }}>
      <Tree aria-label={label} className="tree" expandedKeys={expanded} onExpandedChange={setExpanded}>
        <TreeLevel parent={null} />
      </Tree>
    </SourceContext.Provider>
  );
}

function useSource() {
  const value = useContext(SourceContext);
  if (!value) throw new Error('LazyTree parts must be inside LazyTree');
  return value;
}

function TreeLevel({ parent }: { parent: string | null }) {
  const { t } = useTranslation();
  const { source } = useSource();
  const query = useInfiniteQuery({
    queryKey: source.queryKey(parent),
    queryFn: ({ pageParam }) => source.fetchPage(parent, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  };
  return (
    <>
      {items.map((item) => (
        <TreeNode key={source.getId(item)} item={item} />
      ))}
      {query.isError && (
        <TreeItem id={`error:${parent ?? 'root'}`} textValue={t('states.error')} className="tree-item tree-message">
          <TreeItemContent>
            <span role="alert">{t('states.error')}</span>
          </TreeItemContent>
        </TreeItem>
      )}
      {query.isSuccess && items.length === 0 && parent === null && (
        <TreeItem id="empty:root" textValue={t('states.empty')} className="tree-item tree-message">
          <TreeItemContent>{t('states.empty')}</TreeItemContent>
        </TreeItem>
      )}
      <TreeLoadMoreItem className="tree-loading" isLoading={query.isPending || query.isFetchingNextPage} onLoadMore={loadMore}>
        <span className="spinner" aria-hidden="true" /> {t('states.loading')}
      </TreeLoadMoreItem>
    </>
  );
}

/**
 * react-aria 1.22 decides keyboard expansion (ArrowRight) and aria-expanded from the child nodes
 * in the collection, not from `hasChildItems`; a collapsed node whose children are not loaded yet
 * carries this idle loader so it still counts as expandable.
 */
function CollapsedPlaceholder() {
  return <TreeLoadMoreItem className="tree-loading" isLoading={false} />;
}

function TreeNode({ item }: { item: unknown }) {
  const { source, expanded } = useSource();
  const id = source.getId(item);
  return (
    <TreeItem id={id} textValue={source.getText(item)} hasChildItems={source.hasChildren(item)} href={source.getHref?.(item)} className="tree-item">
      <TreeItemContent>
        {({ hasChildItems, isExpanded }) => (
          <div className="tree-row">
            {hasChildItems ? (
              <Button slot="chevron" className="tree-chevron">
                <span aria-hidden="true">{isExpanded ? '▾' : '▸'}</span>
              </Button>
            ) : (
              <span className="tree-spacer" aria-hidden="true" />
            )}
            {source.renderContent(item)}
          </div>
        )}
      </TreeItemContent>
      {expanded.has(id) ? <TreeLevel parent={id} /> : source.hasChildren(item) && <CollapsedPlaceholder />}
    </TreeItem>
  );
}
