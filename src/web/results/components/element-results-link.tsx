import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The element page's way into its results: indicators with achievement and trend, and progress reports. */
export function ElementResultsLink({ elementId }: { elementId: string }) {
  const { t } = useTranslation('results');
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('element.sectionTitle')}</h2>
      <p>{t('element.sectionIntro')}</p>
      <Link className="button button-secondary" to="/results/elements/$id" params={{ id: elementId }}>
        {t('element.open')}
      </Link>
    </section>
  );
}
