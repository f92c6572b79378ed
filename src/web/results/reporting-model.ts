/**
 * The reporting page's batch, free of React: which rows a reporter may edit, the edits typed or
 * pasted so far, the batch they become (decimal strings, never floats), and the API's field errors
 * ("cells.3.value") mapped back to the grid rows they belong to.
 */
import type { FieldMessage } from '../api/api-error';
import { parseDecimal } from './grid/grid-model';

export type MeasurementStatus = 'draft' | 'submitted' | 'verified' | 'rejected';

export interface ReportRow {
  /** unique per row: the indicator, and the area when the indicator is broken down by area */
  key: string;
  indicatorId: string;
  areaCode: string | null;
  /** the value stored now (the open entry, else the verified one), as a decimal string */
  value: string | null;
  status: MeasurementStatus | null;
  /** the server's word on whether the reporter may type here; absent = by status */
  editable?: boolean;
}

/** A reporter edits values not yet submitted, and rejected ones (to correct them). */
export const isEditable = (row: ReportRow) => row.editable ?? (row.status === null || row.status === 'draft' || row.status === 'rejected');

export type Drafts = ReadonlyMap<string, string>;

/** The text a row's value cell shows: the unsaved edit, else the stored value. */
export const cellText = (row: ReportRow, drafts: Drafts) => drafts.get(row.key) ?? row.value ?? '';

/** Applies edits; an edit back to the stored value is no longer a change. */
export function applyEdits(drafts: Drafts, rows: ReportRow[], edits: Array<{ key: string; text: string }>): Map<string, string> {
  const next = new Map(drafts);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const { key, text } of edits) {
    const row = byKey.get(key);
    if (!row || !isEditable(row)) continue;
    if (text === (row.value ?? '')) next.delete(key);
    else next.set(key, text);
  }
  return next;
}

export interface BatchItem {
  indicatorId: string;
  areaCode: string | null;
  period: string;
  value: string;
}

export interface Batch {
  items: BatchItem[];
  /** the row each item came from, by item index: maps API field paths back to cells */
  rowKeys: string[];
  /** rows whose text is not a number: shown at once, nothing is sent */
  unreadable: string[];
}

/**
 * The batch to send for one period: the changed rows, each text read as a decimal string; when
 * submitting, also the drafts already saved (so one press submits everything entered). An emptied
 * cell is left out: the API keeps values, it does not delete them.
 */
export function buildBatch(rows: ReportRow[], drafts: Drafts, period: string, options: { submit?: boolean } = {}): Batch {
  const batch: Batch = { items: [], rowKeys: [], unreadable: [] };
  for (const row of rows) {
    if (!isEditable(row)) continue;
    const text = drafts.get(row.key);
    let value: string | null = null;
    if (text !== undefined) {
      const parsed = parseDecimal(text);
      if (!parsed.ok) {
        batch.unreadable.push(row.key);
        continue;
      }
      if (parsed.value !== row.value || (options.submit && row.status === 'draft')) value = parsed.value;
    } else if (options.submit && row.status === 'draft') {
      value = row.value;
    }
    if (value === null) continue;
    batch.items.push({ indicatorId: row.indicatorId, areaCode: row.areaCode, period, value });
    batch.rowKeys.push(row.key);
  }
  return batch;
}

/**
 * Field errors of a batch request by row key. Paths name a cell by index ("cells.3.value",
 * "/cells/3/value", "cells[3]"); an error naming no item stays for the form as a whole.
 */
export function errorsByRow(fields: FieldMessage[], rowKeys: string[], listName = 'cells'): { rows: Map<string, string>; general: string[] } {
  const rows = new Map<string, string>();
  const general: string[] = [];
  const pattern = new RegExp(`^/?${listName}(?:\\.|/|\\[)(\\d+)`);
  for (const field of fields) {
    const match = pattern.exec(field.path);
    const key = match ? rowKeys[Number(match[1])] : undefined;
    if (key === undefined) {
      general.push(field.message);
      continue;
    }
    rows.set(key, rows.has(key) ? `${rows.get(key)} ${field.message}` : field.message);
  }
  return { rows, general };
}

export const rowKeyOf = (indicatorId: string, areaCode: string | null) => (areaCode ? `${indicatorId}:${areaCode}` : indicatorId);
