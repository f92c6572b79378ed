import { useTranslation } from 'react-i18next';
import { formatBaht } from '../../../shared/format-money';
import { ErrorState, Loading } from '../../common/states';
import { TableScroll } from '../../common/table-scroll';
import { useLocalized } from '../../common/use-localized';
import { usePledges } from '../budgets.queries';
import { PledgeDialog } from './pledge-dialog';

/** One programme's pledges for a year, partner by partner, in baht. */
export function PledgesPanel({ elementId, programme, fiscalYear }: { elementId: string; programme: string; fiscalYear: number }) {
  const { t } = useTranslation('budgets');
  const { language } = useLocalized();
  const pledges = usePledges(elementId, fiscalYear);
  const title = t('mobilisation.pledgesTitle', { name: programme });
  return (
    <div className="pledges-panel">
      <div className="section-header">
        <h3>{title}</h3>
        <PledgeDialog elementId={elementId} programme={programme} fiscalYear={fiscalYear} />
      </div>
      {pledges.isPending ? (
        <Loading />
      ) : pledges.isError ? (
        <ErrorState error={pledges.error} />
      ) : pledges.data.length === 0 ? (
        <p className="muted">{t('mobilisation.noPledges')}</p>
      ) : (
        <TableScroll label={title}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mobilisation.partner')}</th>
                <th scope="col" className="money">
                  {t('mobilisation.pledged')}
                </th>
                <th scope="col" className="money">
                  {t('mobilisation.committed')}
                </th>
                <th scope="col" className="money">
                  {t('mobilisation.received')}
                </th>
              </tr>
            </thead>
            <tbody>
              {pledges.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {language === 'th' ? p.partnerNameTh : p.partnerNameEn || p.partnerNameTh}
                    {p.currency !== 'THB' && (
                      <div className="muted">
                        {p.currency} {p.pledged} @ {p.exchangeRate}
                      </div>
                    )}
                  </th>
                  <td className="money">{formatBaht(p.pledgedThb, language)}</td>
                  <td className="money">{formatBaht(p.committedThb, language)}</td>
                  <td className="money">{formatBaht(p.receivedThb, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
