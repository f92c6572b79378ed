import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../plans.queries';

export function StatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('plans');
  return <span className={`badge plan-status plan-status-${status}`}>{t(`status.${status}`)}</span>;
}
