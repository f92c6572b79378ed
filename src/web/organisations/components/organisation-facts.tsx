import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocalized } from '../../common/use-localized';
import type { OrganisationDetail } from '../organisations.queries';

export function OrganisationBreadcrumb({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation('organisations');
  const { name } = useLocalized();
  return (
    <nav aria-label={t('page.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/organisations">{t('tree.title')}</Link>
        </li>
        {organisation.ancestors.map((a) => (
          <li key={a.id}>
            <Link to="/organisations/$id" params={{ id: a.id }}>
              {name(a)}
            </Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{name(organisation)}</span>
        </li>
      </ol>
    </nav>
  );
}

export function OrganisationFacts({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation('organisations');
  const { language } = useLocalized();
  return (
    <dl className="facts">
      <div>
        <dt>{t('fields.code')}</dt>
        <dd>{organisation.code}</dd>
      </div>
      <div>
        <dt>{t('fields.kind')}</dt>
        <dd>{t(`kinds.${organisation.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('fields.tier')}</dt>
        <dd>
          <span className={`badge tier-${organisation.tier}`}>{t(`tiers.${organisation.tier}`)}</span>
        </dd>
      </div>
      {organisation.abbreviation && (
        <div>
          <dt>{t('fields.abbreviation')}</dt>
          <dd>{organisation.abbreviation}</dd>
        </div>
      )}
      {organisation.website && /^https?:\/\//i.test(organisation.website) && (
        <div>
          <dt>{t('fields.website')}</dt>
          <dd>
            <a href={organisation.website} rel="noopener noreferrer" target="_blank">
              {organisation.website}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('fields.updatedAt')}</dt>
        <dd>{formatDateTime(organisation.updatedAt, language)}</dd>
      </div>
    </dl>
  );
}

export function ServedAreas({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation('organisations');
  const { name } = useLocalized();
  return (
    <section aria-labelledby="areas-title" className="card">
      <h2 id="areas-title">{t('page.areas')}</h2>
      {organisation.areas.length === 0 ? (
        <p className="muted">{t('page.noAreas')}</p>
      ) : (
        <ul className="chips">
          {organisation.areas.map((area) => (
            <li key={area.code} className="chip">
              {name(area)}{' '}
              <span className="chip-meta">
                {t(`areas:levels.${area.level}`)} · {area.code}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
