import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MatrixView } from '../../api/types';
import { useLocalized } from '../../common/use-localized';
import { RoleBadge } from './role-badge';

/** Functions down, organisations across; flags in words (with a symbol), never colour alone. */
export function MatrixTable({ matrix, areaLabel }: { matrix: MatrixView; areaLabel: string }) {
  const { t } = useTranslation('organisations');
  const { name } = useLocalized();
  const cell = new Map(matrix.cells.map((c) => [`${c.functionCode}|${c.organisationId}`, c.role]));
  const orgName = new Map(matrix.organisations.map((o) => [o.id, name(o)]));
  const gaps = matrix.flags.filter((f) => f.flag === 'gap').length;
  const overlaps = matrix.flags.filter((f) => f.flag === 'overlap').length;

  return (
    <>
      <p className="summary" aria-live="polite">
        {t('matrix.summary', { gaps, overlaps })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard */}
      {/* biome-ignore lint/a11y/useSemanticElements: a named scroller, not a page landmark */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className="table matrix">
          <caption id="matrix-caption">{t('matrix.caption', { area: areaLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.function')}</th>
              {matrix.organisations.map((o) => (
                <th scope="col" key={o.id}>
                  <Link to="/organisations/$id" params={{ id: o.id }}>
                    {name(o)}
                  </Link>
                </th>
              ))}
              <th scope="col">{t('matrix.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.functions.map((f) => {
              const flags = matrix.flags.filter((flag) => flag.functionCode === f.code);
              return (
                <tr key={f.code}>
                  <th scope="row">
                    {name(f)} <span className="muted">({f.code})</span>
                  </th>
                  {matrix.organisations.map((o) => {
                    const role = cell.get(`${f.code}|${o.id}`);
                    return (
                      <td key={o.id}>
                        {role ? (
                          <RoleBadge role={role} />
                        ) : (
                          <>
                            <span className="muted" aria-hidden="true">
                              –
                            </span>
                            <span className="visually-hidden">{t('matrix.none')}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    {flags.length === 0 ? (
                      <span className="muted">{t('matrix.noFlags')}</span>
                    ) : (
                      flags.map((flag) => (
                        <span key={`${flag.flag}-${flag.areaCode}`} className={`badge flag-${flag.flag}`}>
                          <span aria-hidden="true">{flag.flag === 'gap' ? '⚠' : '⧉'}</span>{' '}
                          {flag.flag === 'gap'
                            ? t('matrix.gap', { area: flag.areaCode })
                            : t('matrix.overlap', { area: flag.areaCode, organisations: flag.organisationIds.map((id) => orgName.get(id) ?? id).join(', ') })}
                        </span>
                      ))
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
