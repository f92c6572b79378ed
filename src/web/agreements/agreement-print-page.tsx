import { Link, useParams } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format-date';
import { fiscalYearLabel } from '../../shared/fiscal-year';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { type AgreementSide, useAgreement } from './agreements.queries';
import { KpiTable } from './components/kpi-table';
import './agreements.css';

/**
 * The agreement as it is printed and filed: A4, Sarabun, Buddhist-Era dates in Thai, the KPI
 * table and a signature block for each party. Print CSS hides the app around it.
 */
export function AgreementPrintPage() {
  const { id } = useParams({ from: '/signed-in/agreements/$id/print' });
  const { t } = useTranslation('agreements');
  const { language, name } = useLocalized();
  const agreement = useAgreement(id);
  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <ErrorState error={agreement.error} />;
  const a = agreement.data;
  const party = (side: AgreementSide) => (side === 'principal' ? a.principal : a.agent);
  return (
    <div className="page agreement-print">
      <div className="print-toolbar no-print">
        <Link to="/agreements/$id" params={{ id: a.id }}>
          {t('print.back')}
        </Link>
        <Button className="button button-primary" onPress={() => window.print()}>
          {t('print.print')}
        </Button>
      </div>
      <article className="print-sheet">
        <PageHeader title={t('print.heading')} subtitle={language === 'th' ? a.titleTh : a.titleEn} />
        <p>
          {t('print.between', { principal: name(a.principal), agent: name(a.agent) })} {fiscalYearLabel(a.fiscalYear, language)} (
          {formatDate(a.periodStart, language, 'long')} – {formatDate(a.periodEnd, language, 'long')})
        </p>
        <p>{t('print.undertaking')}</p>
        <h2>{t('kpis.title')}</h2>
        <KpiTable agreement={a} />
        <p className="muted">{t('kpis.scoringNote')}</p>
        <div className="signature-blocks">
          {(['principal', 'agent'] as const).map((side) => {
            const signature = a.signatures.find((s) => s.side === side);
            return (
              <section key={side} className="signature-block" aria-label={t(`side.${side}`)}>
                <p className="signature-line" aria-hidden="true" />
                <p>({signature?.signerName ?? t('print.signerBlank')})</p>
                <p>
                  <strong>{t(`side.${side}`)}</strong>
                </p>
                <p>{name(party(side))}</p>
                <p>
                  {t('print.date')}: {signature ? formatDate(signature.signedAt, language, 'long') : t('print.dateBlank')}
                </p>
              </section>
            );
          })}
        </div>
      </article>
    </div>
  );
}
