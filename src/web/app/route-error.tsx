import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/page';
import { ErrorState } from '../common/states';

/** A page that could not load (server down, a failed chunk): say so, and offer to try again. */
export function RouteError({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <div className="page">
      <PageHeader title={t('routeError.title')} />
      <ErrorState error={error}>
        <Button className="button button-secondary" onPress={() => void router.invalidate()}>
          {t('routeError.retry')}
        </Button>
      </ErrorState>
    </div>
  );
}
