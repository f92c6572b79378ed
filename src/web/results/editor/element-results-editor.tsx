import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../common/confirm-button';
import { FormError } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { useLocalized } from '../../common/use-localized';
import { TableScroll } from '../../common/table-scroll';
import { useLinkages } from '../../plans/plans.queries';
import { periodKey, periodOf } from '../periods';
import { useProgressReports } from '../results.queries';
import { useResultFormat } from '../use-result-labels';
import { type IndicatorDialogState, IndicatorDialog } from './indicator-dialog';
import { useDeleteIndicator, useElementIndicators, useIndicatorsById, useIndicatorsOf } from './indicators.queries';
import { ProgressDialog } from './progress-dialog';
import { useResultsAccess } from './results-access';

/** The quarter holding today when the plan covers it, else the plan's first quarter. */
function defaultPeriod(plan: { fyStart: number; fyEnd: number }) {
  const now = periodOf(new Date());
  return now.fiscalYear >= plan.fyStart && now.fiscalYear <= plan.fyEnd ? periodKey(now) : `${plan.fyStart}-Q1`;
}

/**
 * The element dashboard's editing part, shown only to those the server would let write:
 * the indicators with their targets (planners, admins) and the progress report form (reporters too).
 */
export function ElementResultsEditor({ elementId }: { elementId: string }) {
  const { t } = useTranslation('results');
  const { name } = useLocalized();
  const format = useResultFormat();
  const access = useResultsAccess(elementId);
  const indicators = useElementIndicators(elementId);
  const linkages = useLinkages(elementId);
  const reports = useProgressReports(elementId);
  const above = [access.element?.parentId, ...(linkages.data?.outgoing ?? []).map((l) => l.targetElementId)].filter((id): id is string => !!id);
  const direct = useIndicatorsOf(access.canEditIndicators ? above : []);
  // links made further up (through the API) stay selectable, so saving never drops them unseen
  const further = (indicators.data ?? []).map((i) => i.contributesToIndicatorId).filter((id): id is string => !!id && !direct.some((d) => d.id === id));
  const linked = useIndicatorsById(access.canEditIndicators ? [...new Set(further)] : []);
  const candidates = [...direct, ...linked];
  const [dialog, setDialog] = useState<IndicatorDialogState>(null);
  const [progressOpen, setProgressOpen] = useState(false);
  const remove = useDeleteIndicator();
  const plan = access.plan;
  if (!plan || (!access.canEditIndicators && !access.canReport)) return null;
  const latest = [...(reports.data ?? [])].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]?.period;

  return (
    <section aria-labelledby="editor-heading" className="results-section">
      <h2 id="editor-heading">{t('editor.heading')}</h2>
      <div className="toolbar-grid">
        {access.canEditIndicators && (
          <Button className="button button-primary" onPress={() => setDialog({ mode: 'add' })}>
            {t('editor.add')}
          </Button>
        )}
        {access.canReport && (
          <Button className="button button-secondary" onPress={() => setProgressOpen(true)}>
            {t('progressForm.open')}
          </Button>
        )}
      </div>
      <FormError message={remove.error ? t('editor.deleteRefused', { reason: formErrorMessage(remove.error, t) }) : null} />
      {access.canEditIndicators && (indicators.data?.length ?? 0) > 0 && (
        <TableScroll label={t('editor.listCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('editor.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.indicator')}</th>
                <th scope="col">{t('editor.kind')}</th>
                <th scope="col">{t('editor.targets')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('editor.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.data!.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{name(i)}</th>
                  <td>{t(`indicatorKind.${i.kind}`)}</td>
                  <td>
                    {i.targets
                      .filter((x) => !x.areaCode)
                      .map((x) => `${format.period(x.period)}: ${format.decimal(x.value)}`)
                      .join(' · ') || '—'}
                  </td>
                  <td className="row-actions">
                    <Button
                      className="button button-secondary"
                      aria-label={t('editor.edit', { name: name(i) })}
                      onPress={() => setDialog({ mode: 'edit', indicator: i })}
                    >
                      {t('editor.editShort')}
                    </Button>
                    <ConfirmButton
                      label={t('editor.delete', { name: name(i) })}
                      title={t('editor.deleteTitle')}
                      message={t('editor.deleteMessage', { name: name(i) })}
                      confirmText={t('editor.deleteConfirm')}
                      isDisabled={remove.isPending}
                      onConfirm={() => remove.mutate({ id: i.id, version: i.version })}
                    >
                      {t('editor.deleteShort')}
                    </ConfirmButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <IndicatorDialog elementId={elementId} plan={plan} candidates={candidates} state={dialog} onClose={() => setDialog(null)} />
      <ProgressDialog
        elementId={elementId}
        plan={plan}
        reports={reports.data ?? []}
        initialPeriod={latest ?? defaultPeriod(plan)}
        isOpen={progressOpen}
        onClose={() => setProgressOpen(false)}
      />
    </section>
  );
}
