import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCanEditBudget } from '../budgets/budget-access';
import { BudgetLinesSection } from '../budgets/components/budget-lines-section';
import { formatDate } from '../../shared/format-date';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { ElementResultsLink } from '../results/components/element-results-link';
import { AlignmentSection } from './components/alignment-section';
import { ChainDiagram } from './components/chain-diagram';
import { LinkDialog } from './components/link-dialog';
import { LinkagesList } from './components/linkages-list';
import { StatusBadge } from './components/status-badge';
import { usePlanAccess, useTitle } from './plan-access';
import { useElement, usePlan } from './plans.queries';
import './plans.css';

/** One element: its facts, its upward links (and a dialog to add one), its alignment and its chain. */
export function ElementPage() {
  const { id } = useParams({ from: '/signed-in/plan-elements/$id' });
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const title = useTitle();
  const element = useElement(id);
  const plan = usePlan(element.data?.planId);
  const access = usePlanAccess(plan.data);
  const canEditBudget = useCanEditBudget(plan.data);
  if (element.isPending)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (element.isError)
    return (
      <div className="page">
        <ErrorState error={element.error} />
      </div>
    );
  const e = element.data;
  const priority = (p: number | null) => (p ? t(`element.priority${p}`) : t('element.noPriority'));

  return (
    <div className="page">
      <PageHeader
        title={title(e)}
        subtitle={<span lang={language === 'th' ? 'en' : 'th'}>{language === 'th' ? e.titleEn : e.titleTh}</span>}
        actions={access.canEditContent && <LinkDialog element={e} />}
      >
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/plans">{t('list.title')}</Link>
            </li>
            {plan.data && (
              <li>
                <Link to="/plans/$id" params={{ id: plan.data.id }}>
                  {title(plan.data)}
                </Link>
              </li>
            )}
          </ol>
        </nav>
      </PageHeader>
      <dl className="facts">
        <div>
          <dt>{t('fields.kind')}</dt>
          <dd>{t(`kinds.${e.kind}`)}</dd>
        </div>
        {e.code && (
          <div>
            <dt>{t('fields.code')}</dt>
            <dd>{e.code}</dd>
          </div>
        )}
        {plan.data && (
          <div>
            <dt>{t('fields.status')}</dt>
            <dd>
              <StatusBadge status={plan.data.status} />
            </dd>
          </div>
        )}
        {e.startsOn && (
          <div>
            <dt>{t('fields.startsOn')}</dt>
            <dd>{formatDate(e.startsOn, language)}</dd>
          </div>
        )}
        {e.endsOn && (
          <div>
            <dt>{t('fields.endsOn')}</dt>
            <dd>{formatDate(e.endsOn, language)}</dd>
          </div>
        )}
        <div>
          <dt>{t('fields.governmentPriority')}</dt>
          <dd>{priority(e.governmentPriority)}</dd>
        </div>
        <div>
          <dt>{t('fields.areaPriority')}</dt>
          <dd>{priority(e.areaPriority)}</dd>
        </div>
      </dl>
      {e.description && <p>{e.description}</p>}
      <section aria-labelledby="linkages-heading">
        <h2 id="linkages-heading">{t('linkages.title')}</h2>
        <LinkagesList elementId={e.id} editable={access.canEditContent} />
      </section>
      {plan.data && (
        <BudgetLinesSection
          elementId={e.id}
          fiscalYears={Array.from({ length: plan.data.fyEnd - plan.data.fyStart + 1 }, (_, i) => plan.data.fyStart + i)}
          editable={canEditBudget}
        />
      )}
      <section aria-labelledby="chain-heading">
        <h2 id="chain-heading">{t('chain.title')}</h2>
        <ChainDiagram elementId={e.id} />
      </section>
      <section aria-labelledby="alignment-heading">
        <h2 id="alignment-heading">{t('alignment.title')}</h2>
        <AlignmentSection elementId={e.id} />
      </section>
      <ElementResultsLink elementId={e.id} />
    </div>
  );
}
