import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { EvidenceView, UploadEvidenceBody } from './indicators.schema.js';
import { requireMeasurement, requireScope } from './measurements.access.js';

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

const TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
} as const;
type Kind = keyof typeof TYPES;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The file's type from its content (magic bytes), never from its name alone: PDF, PNG and JPEG by
 * signature; XLSX and DOCX are ZIP files whose entries live under `xl/` or `word/`; CSV has no
 * signature, so it must be valid UTF-8 text without control characters.
 */
export function sniffType(bytes: Uint8Array): Kind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // entry names are stored uncompressed in the local headers and the central directory
    const names = Buffer.from(bytes).toString('latin1');
    if (names.includes('[Content_Types].xml') && names.includes('xl/')) return 'xlsx';
    if (names.includes('[Content_Types].xml') && names.includes('word/')) return 'docx';
    return null;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a CSV is text: control characters other than tab and line ends mean a binary file
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? null : 'csv';
  } catch {
    return null;
  }
}

/** The name's extension must agree with the content: a PNG renamed .pdf is refused. */
function extensionKind(fileName: string): Kind | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'jpeg' || ext === 'jpg') return 'jpg';
  return ext in TYPES ? (ext as Kind) : null;
}

const view = (r: {
  id: string;
  measurement_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  created_at: Date;
}): EvidenceView => ({
  id: r.id,
  measurementId: r.measurement_id,
  fileName: r.file_name,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Evidence files travel as base64 JSON (no multipart parser is installed) and are kept in the database. */
export function createEvidence(db: Db) {
  return {
    async listEvidence(actor: Actor | null, measurementId: string): Promise<EvidenceView[]> {
      await requireMeasurement(db, actor, measurementId);
      const rows = await db
        .selectFrom('measurement_evidence')
        .select(['id', 'measurement_id', 'file_name', 'content_type', 'size_bytes', 'sha256', 'created_at'])
        .where('measurement_id', '=', measurementId)
        .orderBy('created_at')
        .execute();
      return rows.map(view);
    },

    async uploadEvidence(actor: Actor, measurementId: string, input: UploadEvidenceBody): Promise<EvidenceView> {
      const { measurement, orgPath } = await requireMeasurement(db, actor, measurementId);
      requireScope(actor, 'result.report', orgPath);
      if (measurement.status !== 'draft' && measurement.status !== 'submitted') throw new AppError('conflict', { messageKey: 'results.evidence_closed' });
      const base64 = input.contentBase64.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)
        throw new AppError('validation_failed', { fields: [{ path: 'contentBase64', key: 'results.evidence_base64' }] });
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length === 0) throw new AppError('validation_failed', { fields: [{ path: 'contentBase64', key: 'results.evidence_base64' }] });
      if (bytes.length > EVIDENCE_MAX_BYTES) throw new AppError('payload_too_large', { messageKey: 'results.evidence_too_large' });
      const kind = sniffType(bytes);
      if (!kind || extensionKind(input.fileName) !== kind) throw new AppError('unsupported_media_type', { messageKey: 'results.evidence_type' });
      const row = await db.transaction().execute(async (trx) => {
        const saved = await trx
          .insertInto('measurement_evidence')
          .values({
            measurement_id: measurementId,
            file_name: input.fileName,
            content_type: TYPES[kind],
            size_bytes: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            content: bytes,
            created_by: actor.userId,
          })
          .returning(['id', 'measurement_id', 'file_name', 'content_type', 'size_bytes', 'sha256', 'created_at'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          entity: 'measurement_evidence',
          entityId: saved.id,
          action: 'create',
          organisationId: measurement.organisation_id,
          after: { measurementId, fileName: input.fileName, sizeBytes: bytes.length, contentType: TYPES[kind] },
        });
        return saved;
      });
      return view(row);
    },

    async evidenceContent(actor: Actor | null, evidenceId: string): Promise<{ fileName: string; contentType: string; content: Uint8Array }> {
      const row = await db
        .selectFrom('measurement_evidence')
        .select(['measurement_id', 'file_name', 'content_type', 'content'])
        .where('id', '=', evidenceId)
        .executeTakeFirst();
      if (!row) throw new AppError('not_found');
      await requireMeasurement(db, actor, row.measurement_id);
      return { fileName: row.file_name, contentType: row.content_type, content: row.content };
    },
  };
}
