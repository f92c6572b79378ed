import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { EmptyState, ErrorState, Loading } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { useRelationships } from '../organisations.queries';
import { TableScroll } from '../../common/table-scroll';

export function RelationshipsTable({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const { name, language } = useLocalized();
  const relationships = useRelationships(organisationId);

  const period = (startsOn: string | null, endsOn: string | null) => {
    if (!startsOn && !endsOn) return t('relationships.open');
    return `${startsOn ? formatDate(startsOn, language) : '…'} – ${endsOn ? formatDate(endsOn, language) : '…'}`;
  };

  return (
    <section aria-labelledby="relationships-title" className="card card-wide">
      <h2 id="relationships-title">{t('relationships.title')}</h2>
      {relationships.isPending ? (
        <Loading />
      ) : relationships.isError ? (
        <ErrorState error={relationships.error} />
      ) : relationships.data.length === 0 ? (
        <EmptyState title={t('relationships.empty')} />
      ) : (
        <TableScroll label={t('relationships.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('relationships.kind')}</th>
                <th scope="col">{t('relationships.from')}</th>
                <th scope="col">{t('relationships.to')}</th>
                <th scope="col">{t('relationships.period')}</th>
                <th scope="col">{t('relationships.note')}</th>
              </tr>
            </thead>
            <tbody>
              {relationships.data.map((r) => (
                <tr key={r.id}>
                  <td>{t(`relationshipKinds.${r.kind}`)}</td>
                  <td>
                    <OrgLink id={r.fromOrganisation.id} current={organisationId} label={name(r.fromOrganisation)} />
                  </td>
                  <td>
                    <OrgLink id={r.toOrganisation.id} current={organisationId} label={name(r.toOrganisation)} />
                  </td>
                  <td>{period(r.startsOn, r.endsOn)}</td>
                  <td>{r.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function OrgLink({ id, current, label }: { id: string; current: string; label: string }) {
  return id === current ? (
    <strong>{label}</strong>
  ) : (
    <Link to="/organisations/$id" params={{ id }}>
      {label}
    </Link>
  );
}
