import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../agreements.queries';

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation('agreements');
  return <span className={`badge agreement-status agreement-status-${status}`}>{t(`status.${status}`)}</span>;
}
