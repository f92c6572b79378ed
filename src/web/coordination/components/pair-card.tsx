import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../shared/format-date';
import { formatBaht } from '../../../shared/format-money';
import { ErrorState, Loading } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { StatusBadge } from '../../plans/components/status-badge';
import { type PairView, type ProjectSide, RESOLUTIONS, type Resolution } from '../coordination.types';
import { useOverlapPair } from '../overlaps.queries';
import { ReasonList, Score, SharedTitle } from './reason-list';
import { ResolveDialog } from './resolve-dialog';

function Side({ project, words }: { project: ProjectSide; words: string[] }) {
  const { t } = useTranslation('coordination');
  const { language, otherLanguage } = useLocalized();
  return (
    <div className="pair-side">
      <h3 className="pair-side-title">
        <Link to="/plan-elements/$id" params={{ id: project.elementId }}>
          <SharedTitle text={language === 'th' ? project.titleTh : project.titleEn} words={words} />
        </Link>
      </h3>
      <p className="muted">
        <SharedTitle text={language === 'th' ? project.titleEn : project.titleTh} words={words} lang={otherLanguage} />
      </p>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('overlaps.owner')}</dt>
          <dd>{language === 'th' ? project.ownerNameTh : project.ownerNameEn}</dd>
        </div>
        <div>
          <dt>{t('overlaps.planStatus')}</dt>
          <dd>
            <StatusBadge status={project.planStatus} />
          </dd>
        </div>
        <div>
          <dt>{t('overlaps.period')}</dt>
          <dd>
            {formatDate(project.startsOn, language)} – {formatDate(project.endsOn, language)}
          </dd>
        </div>
        <div>
          <dt>{t('overlaps.areas')}</dt>
          <dd>{project.areaCodes.join(', ') || '—'}</dd>
        </div>
      </dl>
    </div>
  );
}

function History({ pairId }: { pairId: string }) {
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const detail = useOverlapPair(pairId);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorState error={detail.error} />;
  if (detail.data.history.length === 0) return <p className="muted">{t('overlaps.noHistory')}</p>;
  return (
    <ol className="pair-history">
      {detail.data.history.map((h) => (
        <li key={h.id}>
          <strong>{t(`resolutions.${h.resolution}`)}</strong> — {formatDateTime(h.resolvedAt, language)}
          {h.resolvedByName && <> · {h.resolvedByName}</>}
          {h.note && <p>{h.note}</p>}
        </li>
      ))}
    </ol>
  );
}

/** One candidate pair: both projects side by side, the score and reasons, budget at stake, resolutions, history. */
export function PairCard({ pair, canResolve }: { pair: PairView; canResolve: boolean }) {
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const [resolution, setResolution] = useState<Resolution | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const title = (p: ProjectSide) => (language === 'th' ? p.titleTh : p.titleEn);
  const label = t('overlaps.pairLabel', { a: title(pair.projects[0]!), b: title(pair.projects[1]!) });
  return (
    <article className="pair-card" aria-label={label}>
      <div className="pair-head">
        <Score score={pair.score} />
        {pair.resolution && <span className="badge">{t(`resolutions.${pair.resolution}`)}</span>}
        <span className="muted">
          {t('overlaps.budgetAtStake')}: {pair.budgetAtStake !== null ? formatBaht(pair.budgetAtStake, language) : t('overlaps.budgetUnknown')}
        </span>
      </div>
      <div className="pair-sides">
        {pair.projects.map((p) => (
          <Side key={p.elementId} project={p} words={pair.sharedWords} />
        ))}
      </div>
      <ReasonList reasons={pair.reasons} />
      <div className="button-row">
        {canResolve &&
          pair.status === 'open' &&
          RESOLUTIONS.map((r) => (
            <Button key={r} className="button button-small" aria-label={`${t(`resolutions.${r}`)}: ${label}`} onPress={() => setResolution(r)}>
              {t(`resolutions.${r}`)}
            </Button>
          ))}
        <Button className="button button-small button-ghost" aria-expanded={showHistory} onPress={() => setShowHistory((v) => !v)}>
          {t('overlaps.history')}
        </Button>
      </div>
      {showHistory && <History pairId={pair.id} />}
      <ResolveDialog pair={pair} resolution={resolution} onClose={() => setResolution(null)} />
    </article>
  );
}
