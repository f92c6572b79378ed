import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../auth/auth.queries';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { EditOrganisationDialog } from './components/edit-organisation-dialog';
import { MembersSection } from './components/members-section';
import { NewOrganisationDialog } from './components/new-organisation-dialog';
import { OrganisationBreadcrumb, OrganisationFacts, ServedAreas } from './components/organisation-facts';
import { RelationshipsTable } from './components/relationships-table';
import { ResponsibilitiesList } from './components/responsibilities-list';
import { useOrganisation } from './organisations.queries';

export function OrganisationPage() {
  const { id } = useParams({ from: '/signed-in/organisations/$id' });
  const { t } = useTranslation('organisations');
  const { name, otherName, otherLanguage } = useLocalized();
  const me = useMe().data;
  const organisation = useOrganisation(id);

  if (organisation.isPending)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (organisation.isError) {
    return (
      <div className="page">
        <PageHeader title={t('page.unavailable')} />
        <ErrorState error={organisation.error} />
      </div>
    );
  }
  const org = organisation.data;
  // the server decides; this only hides buttons that would certainly be refused
  const canEdit = hasRole(me, 'admin');
  return (
    <div className="page">
      <PageHeader
        title={name(org)}
        subtitle={<span lang={otherLanguage}>{otherName(org)}</span>}
        actions={
          canEdit && (
            <>
              <EditOrganisationDialog organisation={org} />
              <NewOrganisationDialog parent={org} />
            </>
          )
        }
      >
        <OrganisationBreadcrumb organisation={org} />
      </PageHeader>
      <OrganisationFacts organisation={org} />
      <div className="sections">
        <ServedAreas organisation={org} />
        <ResponsibilitiesList organisationId={org.id} />
        <RelationshipsTable organisationId={org.id} />
        <MembersSection organisationId={org.id} />
      </div>
    </div>
  );
}
