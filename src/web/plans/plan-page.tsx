import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format-date';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { ElementTree } from './components/element-tree';
import { PlanWorkflow } from './components/plan-workflow';
import { StatusBadge } from './components/status-badge';
import { useFiscalSpan, usePlanAccess, useTitle } from './plan-access';
import { usePlanLevels, usePlanTree } from './plans.queries';
import './plans.css';

/** One plan: its header, the workflow the user may take, the returned comment, and the element tree. */
export function PlanPage() {
  const { id } = useParams({ from: '/signed-in/plans/$id' });
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const title = useTitle();
  const span = useFiscalSpan();
  const tree = usePlanTree(id);
  const levels = usePlanLevels();
  const access = usePlanAccess(tree.data?.plan);
  if (tree.isPending)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (tree.isError)
    return (
      <div className="page">
        <ErrorState error={tree.error} />
      </div>
    );
  const { plan, elements } = tree.data;
  const level = levels.data?.find((l) => l.code === plan.levelCode);
  const otherTitle = language === 'th' ? plan.titleEn : plan.titleTh;

  return (
    <div className="page">
      <PageHeader
        title={title(plan)}
        subtitle={<span lang={language === 'th' ? 'en' : 'th'}>{otherTitle}</span>}
        actions={
          <Link className="button button-secondary" to="/plans/$id/history" params={{ id: plan.id }}>
            {t('history.open')}
          </Link>
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
      <dl className="facts plan-facts">
        <div>
          <dt>{t('fields.level')}</dt>
          <dd>{level ? (language === 'th' ? level.nameTh : level.nameEn) : plan.levelCode}</dd>
        </div>
        <div>
          <dt>{t('fields.owner')}</dt>
          <dd>
            <Link to="/organisations/$id" params={{ id: plan.ownerOrganisationId }}>
              {language === 'th' ? plan.ownerNameTh : plan.ownerNameEn}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('fields.fiscalYears')}</dt>
          <dd>{span(plan.fyStart, plan.fyEnd)}</dd>
        </div>
        <div>
          <dt>{t('fields.status')}</dt>
          <dd>
            <StatusBadge status={plan.status} />
            {plan.isReference && <span className="badge badge-muted">{t('list.reference')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('fields.version')}</dt>
          <dd>{t('history.versionNumber', { n: plan.versionNumber })}</dd>
        </div>
        {plan.approvedAt && (
          <div>
            <dt>{t('fields.approvedAt')}</dt>
            <dd>{formatDateTime(plan.approvedAt, language)}</dd>
          </div>
        )}
      </dl>
      {plan.status === 'returned' && plan.returnComment && (
        <div className="notice notice-warning" role="note" aria-labelledby="return-comment-title">
          <h2 id="return-comment-title" className="notice-title">
            {t('workflow.returnedComment')}
          </h2>
          <p data-testid="return-comment">{plan.returnComment}</p>
        </div>
      )}
      {!access.canEditContent && !plan.isReference && (plan.status === 'submitted' || plan.status === 'approved' || plan.status === 'active') && (
        <p className="muted">{t('workflow.readOnly')}</p>
      )}
      <PlanWorkflow plan={plan} />
      <ElementTree key={plan.id} planId={plan.id} elements={elements} editable={access.canEditContent} />
    </div>
  );
}
