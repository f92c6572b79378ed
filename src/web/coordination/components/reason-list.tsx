import { useTranslation } from 'react-i18next';
import { highlightPieces } from '../highlight';
import type { Reason } from '../coordination.types';

/** A title with the words it shares with the other project marked (and named for screen readers). */
export function SharedTitle({ text, words, lang }: { text: string; words: readonly string[]; lang?: string }) {
  return (
    <span lang={lang}>
      {highlightPieces(text, words).map((p, i) =>
        p.shared ? (
          <mark key={i} className="shared-word">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}

/** Why two projects look alike (or not): the server's explained reasons in the UI language. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const { t } = useTranslation('coordination');
  return (
    <ul className="reason-list" aria-label={t('overlaps.reasons')}>
      {reasons.map((r, i) => (
        <li key={`${r.kind}-${i}`} className={r.supports ? 'reason reason-supports' : 'reason reason-against'}>
          <span className="reason-mark" aria-hidden="true">
            {r.supports ? '＋' : '－'}
          </span>
          <span className="visually-hidden">{r.supports ? t('overlaps.supports') : t('overlaps.against')}</span>
          {r.label}
        </li>
      ))}
    </ul>
  );
}

export function Score({ score }: { score: number }) {
  const { t, i18n } = useTranslation('coordination');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(score);
  return (
    <span className="score" title={t('overlaps.scoreHint')}>
      {t('overlaps.score', { score: percent })}
    </span>
  );
}
