import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { useLocalized } from '../../common/use-localized';
import { formatDateTime } from '../../../shared/format-date';
import { type AgreementView, useAgreementTransition, useSignAgreement } from '../agreements.queries';

/** Who has signed for each side, and the buttons the user's roles and the state allow. */
export function SignOff({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const { language, name } = useLocalized();
  const transition = useAgreementTransition(agreement);
  const sign = useSignAgreement(agreement);
  const busy = transition.isPending || sign.isPending;
  const sides = [
    { side: 'principal' as const, organisation: agreement.principal, can: agreement.can.signPrincipal },
    { side: 'agent' as const, organisation: agreement.agent, can: agreement.can.signAgent },
  ];
  return (
    <section className="sign-off" aria-labelledby="sign-off-title">
      <h2 id="sign-off-title">{t('signOff.title')}</h2>
      <ul className="sign-off-list">
        {sides.map(({ side, organisation, can }) => {
          const signature = agreement.signatures.find((s) => s.side === side);
          return (
            <li key={side}>
              <strong>{t(`side.${side}`)}</strong>: {name(organisation)} —{' '}
              {signature ? t('signOff.signedBy', { name: signature.signerName, when: formatDateTime(signature.signedAt, language) }) : t('signOff.notSigned')}
              {can && (
                <Button className="button button-primary sign-button" isDisabled={busy} onPress={() => sign.mutate(side)}>
                  {t(`signOff.sign.${side}`)}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        {agreement.can.propose && (
          <Button className="button button-primary" isDisabled={busy} onPress={() => transition.mutate('propose')}>
            {t('workflow.propose')}
          </Button>
        )}
        {agreement.can.withdraw && (
          <Button className="button button-secondary" isDisabled={busy} onPress={() => transition.mutate('withdraw')}>
            {t('workflow.withdraw')}
          </Button>
        )}
        {agreement.can.evaluate && (
          <Button className="button button-primary" isDisabled={busy} onPress={() => transition.mutate('evaluate')}>
            {t('workflow.evaluate')}
          </Button>
        )}
      </div>
      <FormError message={formErrorMessage(transition.error ?? sign.error, t)} />
    </section>
  );
}
