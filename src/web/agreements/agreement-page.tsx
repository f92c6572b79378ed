import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format-date';
import { fiscalYearLabel } from '../../shared/fiscal-year';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { TableScroll } from '../common/table-scroll';
import { useLocalized } from '../common/use-localized';
import { useAgreement } from './agreements.queries';
import { AgreementStatusBadge } from './components/agreement-status';
import { KpiTable } from './components/kpi-table';
import { SignOff } from './components/sign-off';
import './agreements.css';

/** One agreement: parties, period, KPIs with criteria, actual values and scores, and sign-off. */
export function AgreementPage() {
  const { id } = useParams({ from: '/signed-in/agreements/$id' });
  const { t } = useTranslation('agreements');
  const { language, name } = useLocalized();
  const agreement = useAgreement(id);
  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <ErrorState error={agreement.error} />;
  const a = agreement.data;
  return (
    <div className="page">
      <PageHeader
        title={language === 'th' ? a.titleTh : a.titleEn}
        subtitle={
          <>
            {fiscalYearLabel(a.fiscalYear, language)} · <AgreementStatusBadge status={a.status} />
          </>
        }
        actions={
          <>
            {a.can.edit && (
              <Link className="button button-primary" to="/agreements/$id/edit" params={{ id: a.id }}>
                {t('form.edit')}
              </Link>
            )}
            <Link className="button button-secondary" to="/agreements/$id/print" params={{ id: a.id }}>
              {t('print.open')}
            </Link>
          </>
        }
      >
        <nav aria-label={t('breadcrumb')}>
          <Link to="/agreements">{t('list.title')}</Link>
        </nav>
      </PageHeader>
      <dl className="agreement-facts">
        <dt>{t('side.principal')}</dt>
        <dd>{name(a.principal)}</dd>
        <dt>{t('side.agent')}</dt>
        <dd>{name(a.agent)}</dd>
        <dt>{t('fields.period')}</dt>
        <dd>
          {formatDate(a.periodStart, language, 'long')} – {formatDate(a.periodEnd, language, 'long')}
        </dd>
        <dt>{t('fields.weightedTotal')}</dt>
        <dd>
          <strong className="agreement-total" data-testid="agreement-total">
            {a.weightedTotal ?? t('kpis.awaitingResults')}
          </strong>
          {a.status === 'evaluated' ? ` (${t('kpis.frozen')})` : ''}
        </dd>
      </dl>
      <section aria-labelledby="kpis-title">
        <h2 id="kpis-title">{t('kpis.title')}</h2>
        <p className="muted">{t('kpis.scoringNote')}</p>
        <TableScroll label={t('kpis.title')}>
          <KpiTable agreement={a} />
        </TableScroll>
      </section>
      <SignOff agreement={a} />
    </div>
  );
}
