import { useTranslation } from 'react-i18next';
import type { MeasurementStatus } from '../reporting-model';

/** The workflow state of a value, in words (colour only repeats it). */
export function MeasurementStatusBadge({ status }: { status: MeasurementStatus }) {
  const { t } = useTranslation('results');
  return <span className={`badge measurement-status measurement-status-${status}`}>{t(`measurementStatus.${status}`)}</span>;
}
