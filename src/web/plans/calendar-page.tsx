import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel, fiscalYearOf } from '../../shared/fiscal-year';
import { formatDate } from '../../shared/format-date';
import { SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { type PlanningCalendar, useCalendar, usePlanLevels } from './plans.queries';
import './plans.css';

const TRACKS = ['national', 'provincial', 'local'] as const;
type Milestone = PlanningCalendar['milestones'][number];

/** The planning calendar of one fiscal year: milestones by track and level, and the timing warnings. */
export function CalendarPage() {
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const search = useSearch({ from: '/signed-in/calendar' });
  const navigate = useNavigate();
  const current = fiscalYearOf(new Date());
  const fy = search.fy ?? current + 1;
  const calendar = useCalendar(fy);
  const levels = usePlanLevels();
  const years = Array.from({ length: 5 }, (_, i) => current - 1 + i);
  const levelName = (code: string) => {
    const l = levels.data?.find((x) => x.code === code);
    return l ? (language === 'th' ? l.nameTh : l.nameEn) : code;
  };

  return (
    <div className="page">
      <PageHeader
        title={t('calendar.title')}
        subtitle={fiscalYearLabel(fy, language)}
        actions={
          <a className="button button-secondary" href={`/api/v1/calendar.ics?fy=${fy}&lang=${language}`} download>
            {t('calendar.ics')}
          </a>
        }
      >
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/plans">{t('list.title')}</Link>
            </li>
          </ol>
        </nav>
      </PageHeader>
      <div className="toolbar">
        <SelectInput
          label={t('calendar.fiscalYear')}
          value={String(fy)}
          onChange={(k) => k && void navigate({ to: '/calendar', search: { fy: Number(k) } })}
          options={years.map((y) => ({ id: String(y), label: fiscalYearLabel(y, language) }))}
        />
      </div>
      {calendar.isPending ? (
        <Loading />
      ) : calendar.isError ? (
        <ErrorState error={calendar.error} />
      ) : (
        <>
          <p>{t('calendar.span', { from: formatDate(calendar.data.startsOn, language, 'long'), to: formatDate(calendar.data.endsOn, language, 'long') })}</p>
          <section aria-labelledby="warnings-heading">
            <h2 id="warnings-heading">{t('calendar.warnings')}</h2>
            {calendar.data.warnings.length === 0 ? (
              <p>{t('calendar.noWarnings')}</p>
            ) : (
              <ul className="notice notice-warning">
                {calendar.data.warnings.map((w) => (
                  <li key={`${w.code}-${w.feedsCode}`}>{w.message}</li>
                ))}
              </ul>
            )}
          </section>
          {TRACKS.map((track) => {
            const milestones = calendar.data.milestones.filter((m) => m.track === track);
            return (
              <section key={track} aria-labelledby={`track-${track}`}>
                <h2 id={`track-${track}`}>{t(`calendar.tracks.${track}`)}</h2>
                {milestones.length === 0 ? (
                  <EmptyState title={t('calendar.none')} />
                ) : (
                  <MilestoneTable caption={t(`calendar.tracks.${track}`)} milestones={milestones} levelName={levelName} />
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}

function MilestoneTable({ caption, milestones, levelName }: { caption: string; milestones: Milestone[]; levelName: (code: string) => string }) {
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  return (
    <TableScroll label={caption}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('calendar.milestone')}</th>
            <th scope="col">{t('fields.level')}</th>
            <th scope="col">{t('calendar.responsible')}</th>
            <th scope="col">{t('calendar.starts')}</th>
            <th scope="col">{t('calendar.due')}</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => (
            <tr key={m.code}>
              <td>
                {language === 'th' ? m.labelTh : m.labelEn}
                {!m.verified && <span className="badge badge-muted">{t('calendar.unverified')}</span>}
              </td>
              <td>{levelName(m.levelCode)}</td>
              <td>{(language === 'th' ? m.responsibleTh : m.responsibleEn) ?? '—'}</td>
              <td className="nowrap">{formatDate(m.startsOn, language)}</td>
              <td className="nowrap">{formatDate(m.dueOn, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
