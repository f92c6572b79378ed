import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { CreateIndicatorBody, IndicatorView, ProgressReportView, PutProgressReportBody, UpdateIndicatorBody } from './indicators.schema.js';

const notYet = (): never => { throw Object.assign(new Error('not implemented yet'), { statusCode: 501 }); };

export function createIndicatorsService(_db: Db) {
  return {
    async listIndicators(_actor: Actor | null, _elementId: string): Promise<IndicatorView[]> { return notYet(); },
    async createIndicator(_actor: Actor, _elementId: string, _input: CreateIndicatorBody): Promise<IndicatorView> { return notYet(); },
    async getIndicator(_actor: Actor | null, _id: string): Promise<IndicatorView> { return notYet(); },
    async updateIndicator(_actor: Actor, _id: string, _input: UpdateIndicatorBody): Promise<IndicatorView> { return notYet(); },
    async deleteIndicator(_actor: Actor, _id: string, _version: number): Promise<void> { return notYet(); },
    async listProgressReports(_actor: Actor | null, _elementId: string): Promise<ProgressReportView[]> { return notYet(); },
    async putProgressReport(_actor: Actor, _elementId: string, _period: string, _input: PutProgressReportBody): Promise<ProgressReportView> { return notYet(); },
  };
}
