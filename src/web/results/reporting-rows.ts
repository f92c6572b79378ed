/**
 * One period's column of the API's reporting grid as the rows the page edits: the value shown is
 * the open entry (draft or submitted), else a rejected one awaiting correction, else the verified
 * value; its status follows the same order.
 */
import { rowKeyOf, type MeasurementStatus, type ReportRow } from './reporting-model';

export interface GridCellLike {
  period: string;
  target: string | null;
  verifiedValue: string | null;
  open: { id: string; value: string; status: MeasurementStatus; version: number } | null;
  rejected: { id: string; value: string; reason: string } | null;
  editable: boolean;
}

export interface GridRowLike {
  indicator: { id: string };
  areaCode: string | null;
  cells: GridCellLike[];
}

export interface PeriodRow<R extends GridRowLike = GridRowLike> extends ReportRow {
  source: R;
  target: string | null;
  /** the measurement evidence attaches to: the open entry, else the rejected one */
  measurementId: string | null;
  rejectReason: string | null;
}

export function rowsForPeriod<R extends GridRowLike>(rows: R[], period: string): Array<PeriodRow<R>> {
  return rows.map((source) => {
    const cell = source.cells.find((c) => c.period === period);
    const open = cell?.open ?? null;
    const rejected = !open && cell?.rejected ? cell.rejected : null;
    const status: MeasurementStatus | null = open?.status ?? (rejected ? 'rejected' : cell?.verifiedValue != null ? 'verified' : null);
    return {
      key: rowKeyOf(source.indicator.id, source.areaCode),
      indicatorId: source.indicator.id,
      areaCode: source.areaCode,
      value: open?.value ?? rejected?.value ?? cell?.verifiedValue ?? null,
      status,
      // a period the API did not return is not one the reporter may write to
      editable: cell?.editable ?? false,
      source,
      target: cell?.target ?? null,
      measurementId: open?.id ?? rejected?.id ?? null,
      rejectReason: rejected?.reason ?? null,
    };
  });
}
