import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../common/page';
import { PeriodPicker } from './period-picker';

interface DrilldownHeaderProps {
  title: string;
  subtitle: string;
  /** the link to the thing itself (the plan element, the organisation), after the dashboard */
  self: ReactNode;
  period: string;
  onPeriodChange: (period: string) => void;
}

/** A dashboard reached from the Secretariat's: its title, the way back, and the period it shows. */
export function DrilldownHeader({ title, subtitle, self, period, onPeriodChange }: DrilldownHeaderProps) {
  const { t } = useTranslation('results');
  return (
    <>
      <PageHeader title={title} subtitle={subtitle}>
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/results/dashboard">{t('dashboard.title')}</Link>
            </li>
            <li>{self}</li>
          </ol>
        </nav>
      </PageHeader>
      <div className="toolbar-grid">
        <PeriodPicker label={t('dashboard.period')} value={period} latestLabel={t('dashboard.latest')} onChange={onPeriodChange} />
      </div>
    </>
  );
}
