import { useTranslation } from 'react-i18next';
import type { TrafficLight } from '../../common/chart/palette';

/** Achievement status as a word with a shape, never colour alone. */
export function TrafficLightBadge({ light }: { light: TrafficLight }) {
  const { t } = useTranslation('results');
  const shape = { good: '●', warning: '▲', poor: '■', none: '○' }[light];
  return (
    <span className={`badge traffic traffic-${light}`}>
      <span aria-hidden="true">{shape}</span>
      {t(`light.${light}`)}
    </span>
  );
}
