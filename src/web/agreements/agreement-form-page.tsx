import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/page';
import { ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { useAgreement } from './agreements.queries';
import { AgreementForm } from './components/agreement-form';
import './agreements.css';

/** Drafting a new performance agreement. */
export function NewAgreementPage() {
  const { t } = useTranslation('agreements');
  return (
    <div className="page">
      <PageHeader title={t('form.newTitle')} subtitle={t('form.intro')}>
        <nav aria-label={t('breadcrumb')}>
          <Link to="/agreements">{t('list.title')}</Link>
        </nav>
      </PageHeader>
      <AgreementForm agreement={null} />
    </div>
  );
}

/** Editing a draft agreement; later states are read-only (the server says why). */
export function EditAgreementPage() {
  const { id } = useParams({ from: '/signed-in/agreements/$id/edit' });
  const { t } = useTranslation('agreements');
  const { language } = useLocalized();
  const agreement = useAgreement(id);
  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <ErrorState error={agreement.error} />;
  const a = agreement.data;
  const title = language === 'th' ? a.titleTh : a.titleEn;
  return (
    <div className="page">
      <PageHeader title={t('form.editTitle', { title })} subtitle={t('form.intro')}>
        <nav aria-label={t('breadcrumb')}>
          <Link to="/agreements/$id" params={{ id: a.id }}>
            {title}
          </Link>
        </nav>
      </PageHeader>
      {/* keyed by version: a saved change reopens the form on what the server holds */}
      <AgreementForm key={a.version} agreement={a} />
    </div>
  );
}
