import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyTree, type LazyTreeSource } from '../../common/lazy-tree';
import { useLocalized } from '../../common/use-localized';
import { fetchOrganisationChildren, organisationKeys, type OrganisationSummary } from '../organisations.queries';

export function OrganisationTree() {
  const { t } = useTranslation('organisations');
  const { name } = useLocalized();
  const source = useMemo<LazyTreeSource<OrganisationSummary>>(
    () => ({
      queryKey: organisationKeys.children,
      fetchPage: (parent, offset) => fetchOrganisationChildren(parent, offset),
      getId: (org) => org.id,
      getText: (org) => name(org),
      hasChildren: (org) => org.childCount > 0,
      getHref: (org) => `/organisations/${org.id}`,
      renderContent: (org) => (
        <span className="tree-label">
          <span className="tree-name">{name(org)}</span>
          {org.abbreviation && <span className="tree-meta">{org.abbreviation}</span>}
          <span className="tree-meta">{t(`kinds.${org.kind}`)}</span>
          {org.childCount > 0 && <span className="tree-count">{t('tree.childCount', { count: org.childCount })}</span>}
        </span>
      ),
    }),
    // names and labels follow the language
    [name, t],
  );
  return <LazyTree label={t('tree.label')} source={source} />;
}
