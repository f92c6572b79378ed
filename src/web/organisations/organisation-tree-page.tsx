import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { useDebounced } from '../common/use-debounced';
import { OrganisationSearchResults } from './components/organisation-search-results';
import { OrganisationTree } from './components/organisation-tree';

export function OrganisationTreePage() {
  const { t } = useTranslation('organisations');
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 300);
  return (
    <div className="page">
      <PageHeader title={t('tree.title')} subtitle={t('tree.intro')} />
      <search className="toolbar">
        <SearchInput label={t('search.label')} value={text} onChange={setText} placeholder={t('search.placeholder')} />
      </search>
      {query ? (
        <OrganisationSearchResults query={query} />
      ) : (
        <section aria-labelledby="tree-title">
          <h2 id="tree-title" className="visually-hidden">
            {t('tree.label')}
          </h2>
          <OrganisationTree />
        </section>
      )}
    </div>
  );
}
