import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { FormError } from '../common/fields';
import { formErrorMessage } from '../common/form-error';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useLocalized } from '../common/use-localized';
import { EvidenceDialog } from './components/evidence-dialog';
import { MeasurementStatusBadge } from './components/measurement-status';
import { PeriodPicker } from './components/period-picker';
import { ReportingGrid, type GridCell } from './grid/reporting-grid';
import { periodKey, periodLabel, periodOf, parsePeriodKey } from './periods';
import { applyEdits, buildBatch, cellText, errorsByRow, isEditable } from './reporting-model';
import { rowsForPeriod } from './reporting-rows';
import { useReportingGrid, useSaveBatch, type ReportingGridRow } from './results.queries';
import './results.css';

/**
 * The reporter's quarter: every indicator in their scope as a row of the grid, the target beside
 * the value; type or paste, save as drafts, submit for verification, attach evidence per value.
 */
export function ReportingPage() {
  const { t } = useTranslation('results');
  const { language, name } = useLocalized();
  const search = useSearch({ from: '/signed-in/results/reporting' });
  const navigate = useNavigate({ from: '/results/reporting' });
  const period = search.period ?? periodKey(periodOf(new Date()));
  const fy = parsePeriodKey(period)!.fiscalYear;
  const grid = useReportingGrid(fy);
  const save = useSaveBatch();
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  const [sent, setSent] = useState<{ rowKeys: string[]; submit: boolean } | null>(null);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [skipped, setSkipped] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new period starts a clean grid; `save` is a new object each render and must not retrigger it
  useEffect(() => {
    setDrafts(new Map());
    setUnreadable([]);
    save.reset();
    setSent(null);
  }, [period]);

  const rows = useMemo(() => rowsForPeriod(grid.data?.rows ?? [], period), [grid.data, period]);
  const errors = useMemo(() => {
    const fields = isApiError(save.error) ? save.error.fields : [];
    const byRow = errorsByRow(fields, sent?.rowKeys ?? []).rows;
    for (const key of unreadable) if (!byRow.has(key)) byRow.set(key, t('reporting.notANumber'));
    return byRow;
  }, [save.error, sent, unreadable, t]);

  const title = (r: ReportingGridRow) => {
    const indicator = name(r.indicator);
    const area = r.areaCode ? ((language === 'th' ? r.areaNameTh : r.areaNameEn) ?? r.areaCode) : null;
    return area ? `${indicator} — ${area}` : indicator;
  };
  const unit = (r: ReportingGridRow) => (language === 'th' ? r.indicator.unitLabelTh : r.indicator.unitLabelEn) ?? t(`unit.${r.indicator.unit}`);

  const send = (submit: boolean) => {
    const batch = buildBatch(rows, drafts, period, { submit });
    setUnreadable(batch.unreadable);
    save.reset();
    if (batch.unreadable.length > 0 || batch.items.length === 0) {
      setSent(null);
      return;
    }
    setSent({ rowKeys: batch.rowKeys, submit });
    save.mutate({ cells: batch.items, submit }, { onSuccess: () => setDrafts(new Map()) });
  };

  const cell = (rowKey: string, colId: string): GridCell => {
    const row = rows.find((r) => r.key === rowKey)!;
    if (colId === 'target') return { text: row.target ?? '', editable: false };
    const error = errors.get(rowKey);
    const errorId = `err-${rowKey}`;
    const reasonId = `why-${rowKey}`;
    return {
      text: cellText(row, drafts),
      editable: isEditable(row),
      invalid: !!error,
      describedBy: [error && errorId, row.rejectReason && reasonId].filter(Boolean).join(' ') || undefined,
      note: (
        <div className="grid-note">
          {row.status && <MeasurementStatusBadge status={row.status} />}
          {row.rejectReason && (
            <p id={reasonId} className="grid-reason">
              {t('reporting.rejectedBecause', { reason: row.rejectReason })}
            </p>
          )}
          {error && (
            <p id={errorId} className="grid-error">
              {error}
            </p>
          )}
          {row.measurementId && <EvidenceDialog measurementId={row.measurementId} rowLabel={title(row.source)} canUpload={row.status !== 'verified'} />}
        </div>
      ),
    };
  };

  const changed = drafts.size;
  const hasDrafts = rows.some((r) => r.status === 'draft' && isEditable(r));
  const label = periodLabel(parsePeriodKey(period)!, language);

  return (
    <div className="page">
      <PageHeader title={t('reporting.title')} subtitle={t('reporting.intro')} />
      <div className="toolbar-grid">
        <PeriodPicker label={t('reporting.period')} value={period} onChange={(p) => void navigate({ search: { period: p } })} />
      </div>
      {grid.isPending ? (
        <Loading />
      ) : grid.isError ? (
        <ErrorState error={grid.error} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('reporting.empty')} />
      ) : (
        <>
          <ReportingGrid
            caption={t('reporting.caption', { period: label })}
            rowHeaderLabel={t('reporting.indicator')}
            rows={rows.map((r) => ({
              id: r.key,
              label: title(r.source),
              header: (
                <>
                  <span className="grid-row-title">{title(r.source)}</span>
                  <span className="grid-row-meta">
                    {name({ nameTh: r.source.elementTitleTh, nameEn: r.source.elementTitleEn })} · {unit(r.source)}
                  </span>
                </>
              ),
            }))}
            columns={[
              { id: 'target', label: t('reporting.target') },
              { id: 'value', label: t('reporting.value') },
            ]}
            cell={cell}
            onEdit={(edits) => {
              setDrafts((d) =>
                applyEdits(
                  d,
                  rows,
                  edits.map((e) => ({ key: e.rowId, text: e.text })),
                ),
              );
              setSkipped(0);
            }}
            onPasteSkipped={setSkipped}
          />
          <div className="grid-actions">
            <p className="muted" role="status">
              {skipped > 0 ? t('reporting.pasteSkipped', { count: skipped }) : changed > 0 ? t('reporting.unsaved', { count: changed }) : ''}
            </p>
            <div className="button-row">
              <Button className="button button-secondary" isDisabled={save.isPending || changed === 0} onPress={() => send(false)}>
                {t('reporting.saveDraft')}
              </Button>
              <Button className="button button-primary" isDisabled={save.isPending || (changed === 0 && !hasDrafts)} onPress={() => send(true)}>
                {t('reporting.submit')}
              </Button>
            </div>
          </div>
          <FormError message={unreadable.length > 0 ? t('reporting.fixCells') : formErrorMessage(save.error, t)} />
          {save.isSuccess && (
            <p role="status" className="success">
              {sent?.submit ? t('reporting.submitted', { count: save.data.items.length }) : t('reporting.saved', { count: save.data.items.length })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
