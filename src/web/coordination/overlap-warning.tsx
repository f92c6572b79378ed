import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../common/use-debounced';
import { useLocalized } from '../common/use-localized';
import { usePlan } from '../plans/plans.queries';
import { AreaCodesField } from './components/area-codes-field';
import { ReasonList, Score, SharedTitle } from './components/reason-list';
import type { CheckBody } from './coordination.types';
import { useOverlapCheck } from './overlaps.queries';
import './coordination.css';

/** What the planner has typed so far in the enclosing form. */
interface TypedDraft {
  titleTh: string;
  titleEn: string;
  startsOn: string;
  endsOn: string;
}

/**
 * Follows the enclosing form's title and date inputs as they are typed, so the form itself needs
 * no change beyond mounting this (it stays uncontrolled, as the plans area writes its forms).
 */
const WATCHED = new Set(['titleTh', 'titleEn', 'startsOn', 'endsOn']);

function useEnclosingFormDraft(anchor: RefObject<HTMLElement | null>): TypedDraft {
  const [typed, setTyped] = useState<TypedDraft>({ titleTh: '', titleEn: '', startsOn: '', endsOn: '' });
  useEffect(() => {
    const form = anchor.current?.closest('form');
    if (!form) return;
    const read = () => {
      const data = new FormData(form);
      const text = (name: string) => String(data.get(name) ?? '');
      setTyped({ titleTh: text('titleTh'), titleEn: text('titleEn'), startsOn: text('startsOn'), endsOn: text('endsOn') });
    };
    // read after React has handled the event: a re-render in between would reset its controlled inputs
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (event: Event) => {
      if (!WATCHED.has((event.target as HTMLInputElement | null)?.name ?? '')) return;
      clearTimeout(timer);
      timer = setTimeout(read, 0);
    };
    read();
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('input', later);
      form.removeEventListener('change', later);
    };
  }, [anchor]);
  return typed;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Mounted in the element form: the project's areas, and — while the planner types — the existing
 * projects of other organisations that look like the same work, with why, before anything is saved.
 */
export function OverlapWarning({ planId, elementId, initialAreaCodes }: { planId: string; elementId?: string; initialAreaCodes: string[] }) {
  const { t } = useTranslation('coordination');
  const { language, otherLanguage } = useLocalized();
  const plan = usePlan(planId);
  const [areaCodes, setAreaCodes] = useState(initialAreaCodes);
  const anchor = useRef<HTMLDivElement>(null);
  const typed = useEnclosingFormDraft(anchor);
  const settled = useDebounced(typed, 400);
  const body: CheckBody = {
    titleTh: settled.titleTh.trim() || undefined,
    titleEn: settled.titleEn.trim() || undefined,
    areaCodes,
    functionCodes: [],
    ...(ISO_DATE.test(settled.startsOn) ? { startsOn: settled.startsOn } : {}),
    ...(ISO_DATE.test(settled.endsOn) && settled.endsOn >= settled.startsOn ? { endsOn: settled.endsOn } : {}),
    ...(plan.data ? { ownerOrganisationId: plan.data.ownerOrganisationId } : {}),
    ...(elementId ? { elementId } : {}),
    limit: 5,
  };
  const check = useOverlapCheck(body);
  const candidates = check.data?.candidates ?? [];

  return (
    <div ref={anchor} className="overlap-fields">
      <AreaCodesField value={areaCodes} onChange={setAreaCodes} />
      {/* announced politely as results change, without moving focus from the field being typed */}
      <div className="overlap-warning-region" aria-live="polite">
        {candidates.length > 0 && (
          <section className="notice notice-warning overlap-warning" aria-labelledby="overlap-warning-title" data-testid="overlap-warning">
            <h3 id="overlap-warning-title" className="notice-title">
              {t('warning.title', { count: candidates.length })}
            </h3>
            <p>{t('warning.intro')}</p>
            <ol className="overlap-candidates">
              {candidates.map((c) => (
                <li key={c.project.elementId}>
                  <p className="candidate-title">
                    <SharedTitle text={language === 'th' ? c.project.titleTh : c.project.titleEn} words={c.sharedWords} /> <Score score={c.score} />
                  </p>
                  <p className="muted">
                    {language === 'th' ? c.project.ownerNameTh : c.project.ownerNameEn}
                    {' · '}
                    <SharedTitle text={language === 'th' ? c.project.titleEn : c.project.titleTh} words={c.sharedWords} lang={otherLanguage} />
                  </p>
                  <ReasonList reasons={c.reasons} />
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </div>
  );
}
