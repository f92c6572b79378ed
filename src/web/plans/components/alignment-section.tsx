import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../common/pagination';
import { ErrorState, Loading } from '../../common/states';
import { TableScroll } from '../../common/table-scroll';
import { useLocalized } from '../../common/use-localized';
import { type Alignment, type ElementRef, useAlignment, useAlignmentOrganisations, usePlanLevels } from '../plans.queries';

const LIMIT = 25;
/** The alignment carries the 50 largest organisations; further pages come from …/alignment/organisations. */
const ORGANISATION_PAGE = 50;

/** Everything that contributes to this element: counts by level and organisation, coverage, gaps, orphans. */
export function AlignmentSection({ elementId }: { elementId: string }) {
  const { t, i18n } = useTranslation('plans');
  const { language } = useLocalized();
  const [offset, setOffset] = useState(0);
  const alignment = useAlignment(elementId, offset, LIMIT);
  const levels = usePlanLevels();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  if (alignment.isPending) return <Loading />;
  if (alignment.isError) return <ErrorState error={alignment.error} />;
  const a = alignment.data;
  const levelName = (code: string) => {
    const l = levels.data?.find((x) => x.code === code);
    return l ? (language === 'th' ? l.nameTh : l.nameEn) : code;
  };
  const max = Math.max(1, ...a.byLevel.map((l) => l.count), ...a.byOrganisation.map((o) => o.count));

  return (
    <div className="alignment">
      <p data-testid="alignment-total">{t('alignment.total', { count: a.total, formatted: number.format(a.total) })}</p>
      {a.total > 0 && a.coverage && (
        <p>
          {t('alignment.coverage', {
            percent: number.format(a.coverage.percent),
            covered: number.format(a.coverage.covered),
            strategies: number.format(a.coverage.strategies),
          })}
        </p>
      )}
      {a.total > 0 && (
        <div className="sections">
          <CountTable
            caption={t('alignment.byLevel')}
            head={t('fields.level')}
            rows={a.byLevel.map((l) => ({ key: l.levelCode, name: levelName(l.levelCode), count: l.count }))}
            max={max}
          />
          <OrganisationCounts elementId={elementId} alignment={a} max={max} />
        </div>
      )}
      {a.gaps && (
        <>
          <h3>{t('alignment.gaps')}</h3>
          <p className="muted">{t('alignment.gapsHint')}</p>
          <RefList items={a.gaps} empty={t('alignment.noGaps')} />
        </>
      )}
      {a.orphans && (
        <>
          <h3>{t('alignment.orphans', { count: a.orphans.total })}</h3>
          <p className="muted">{t('alignment.orphansHint')}</p>
          <RefList items={a.orphans.items} empty={t('alignment.noOrphans')} />
        </>
      )}
      {a.contributors.total > 0 && (
        <>
          <h3>{t('alignment.contributors')}</h3>
          <TableScroll label={t('alignment.contributors')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('linkages.element')}</th>
                  <th scope="col">{t('fields.kind')}</th>
                  <th scope="col">{t('linkages.plan')}</th>
                  <th scope="col">{t('fields.level')}</th>
                </tr>
              </thead>
              <tbody>
                {a.contributors.items.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <RefLink item={e} />
                    </td>
                    <td>{t(`kinds.${e.kind}`)}</td>
                    <td>{language === 'th' ? e.planTitleTh : e.planTitleEn}</td>
                    <td>{levelName(e.levelCode)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination offset={offset} limit={LIMIT} total={a.contributors.total} onChange={setOffset} label={t('alignment.contributorsPages')} />
        </>
      )}
    </div>
  );
}

/** Contributors by owner organisation, largest first, a page of 50 at a time (there can be thousands). */
function OrganisationCounts({ elementId, alignment, max }: { elementId: string; alignment: Alignment; max: number }) {
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const [offset, setOffset] = useState(0);
  const page = useAlignmentOrganisations(elementId, offset, ORGANISATION_PAGE);
  const items = offset === 0 ? alignment.byOrganisation : (page.data?.items ?? []);
  if (offset > 0 && page.isError) return <ErrorState error={page.error} />;
  return (
    <div>
      <CountTable
        caption={t('alignment.byOrganisation')}
        head={t('fields.owner')}
        rows={items.map((o) => ({ key: o.organisationId, name: language === 'th' ? o.nameTh : o.nameEn, count: o.count }))}
        max={max}
      />
      <Pagination offset={offset} limit={ORGANISATION_PAGE} total={alignment.organisationTotal} onChange={setOffset} label={t('alignment.organisationPages')} />
    </div>
  );
}

function CountTable({ caption, head, rows, max }: { caption: string; head: string; rows: Array<{ key: string; name: string; count: number }>; max: number }) {
  const { t, i18n } = useTranslation('plans');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('alignment.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.name}</td>
            <td>
              <span className="bar" aria-hidden="true" style={{ width: `${(r.count / max) * 6}rem` }} />
              {number.format(r.count)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RefLink({ item }: { item: ElementRef }) {
  const { language } = useLocalized();
  return (
    <Link to="/plan-elements/$id" params={{ id: item.id }}>
      {item.code ? `${item.code} ` : ''}
      {language === 'th' ? item.titleTh : item.titleEn}
    </Link>
  );
}

function RefList({ items, empty }: { items: ElementRef[]; empty: string }) {
  const { language } = useLocalized();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((e) => (
        <li key={e.id}>
          <RefLink item={e} /> <span className="muted">— {language === 'th' ? e.planTitleTh : e.planTitleEn}</span>
        </li>
      ))}
    </ul>
  );
}
