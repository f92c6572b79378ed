import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../common/pagination';
import { EmptyState, ErrorState, Loading } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { useOrganisationSearch } from '../organisations.queries';
import { usePageOffset } from '../../common/use-page-offset';

const LIMIT = 20;

/** Search across the whole tree, a page at a time. */
export function OrganisationSearchResults({ query }: { query: string }) {
  const { t } = useTranslation('organisations');
  const { name, otherName, otherLanguage } = useLocalized();
  const [offset, setOffset] = usePageOffset(query);
  const search = useOrganisationSearch(query, offset, LIMIT);

  if (search.isPending) return <Loading />;
  if (search.isError) return <ErrorState error={search.error} />;
  const { items, total } = search.data;
  return (
    <section aria-labelledby="search-results-title" className="search-results">
      <h2 id="search-results-title">{t('search.results', { count: total, query })}</h2>
      {items.length === 0 ? (
        <EmptyState title={t('search.empty', { query })}>
          <p>{t('search.emptyHint')}</p>
        </EmptyState>
      ) : (
        <ul className="result-list">
          {items.map((org) => (
            <li key={org.id}>
              <Link to="/organisations/$id" params={{ id: org.id }} className="result-title">
                {name(org)}
              </Link>
              <span className="result-meta" lang={otherLanguage}>
                {otherName(org)}
              </span>
              <span className="result-meta">
                {org.code} · {t(`kinds.${org.kind}`)} · {t(`tiers.${org.tier}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination offset={offset} limit={LIMIT} total={total} onChange={setOffset} label={t('search.pagination')} />
    </section>
  );
}
