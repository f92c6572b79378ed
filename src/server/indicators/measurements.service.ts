import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { AwaitingMeasurement, BatchMeasurementsBody, BatchReviewBody, CreateMeasurementBody, EvidenceView, MeasurementListQuery, MeasurementView, UpdateMeasurementBody, UploadEvidenceBody } from './indicators.schema.js';
import type { Static } from 'typebox';

const notYet = (): never => { throw Object.assign(new Error('not implemented yet'), { statusCode: 501 }); };

export function createMeasurementsService(_db: Db) {
  return {
    async listMeasurements(_actor: Actor | null, _indicatorId: string, _query: MeasurementListQuery): Promise<MeasurementView[]> { return notYet(); },
    async createMeasurement(_actor: Actor, _indicatorId: string, _input: CreateMeasurementBody): Promise<MeasurementView> { return notYet(); },
    async saveBatch(_actor: Actor, _input: BatchMeasurementsBody): Promise<{ items: MeasurementView[] }> { return notYet(); },
    async reviewBatch(_actor: Actor, _input: BatchReviewBody): Promise<{ items: MeasurementView[] }> { return notYet(); },
    async listAwaiting(_actor: Actor): Promise<Static<typeof AwaitingMeasurement>[]> { return notYet(); },
    async getMeasurement(_actor: Actor | null, _id: string): Promise<MeasurementView> { return notYet(); },
    async updateMeasurement(_actor: Actor, _id: string, _input: UpdateMeasurementBody): Promise<MeasurementView> { return notYet(); },
    async transition(_actor: Actor, _id: string, _action: 'submit' | 'verify' | 'reject', _version: number, _reason?: string): Promise<MeasurementView> { return notYet(); },
    async listEvidence(_actor: Actor | null, _id: string): Promise<EvidenceView[]> { return notYet(); },
    async uploadEvidence(_actor: Actor, _id: string, _input: UploadEvidenceBody): Promise<EvidenceView> { return notYet(); },
    async evidenceContent(_actor: Actor | null, _id: string): Promise<{ fileName: string; contentType: string; content: Uint8Array }> { return notYet(); },
  };
}
