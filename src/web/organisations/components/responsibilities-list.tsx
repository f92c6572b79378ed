import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { useFunctions, useResponsibilities } from '../organisations.queries';
import { RoleBadge } from './role-badge';

export function ResponsibilitiesList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const { name } = useLocalized();
  const responsibilities = useResponsibilities(organisationId);
  const functions = useFunctions();
  const functionName = (code: string) => {
    const found = functions.data?.items.find((f) => f.code === code);
    return found ? name(found) : code;
  };

  return (
    <section aria-labelledby="responsibilities-title" className="card">
      <h2 id="responsibilities-title">{t('responsibilities.title')}</h2>
      {responsibilities.isPending ? (
        <Loading />
      ) : responsibilities.isError ? (
        <ErrorState error={responsibilities.error} />
      ) : responsibilities.data.length === 0 ? (
        <EmptyState title={t('responsibilities.empty')} />
      ) : (
        <ul className="plain-list">
          {responsibilities.data.map((r) => (
            <li key={r.id}>
              <RoleBadge role={r.role} /> <span>{functionName(r.functionCode)}</span> <span className="muted">({r.functionCode})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
