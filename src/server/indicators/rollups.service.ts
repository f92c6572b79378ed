import type { Static } from 'typebox';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { AreaRollup, AreaRollupQuery, ElementRollup, OrganisationRollup, ReportingGrid, ReportingGridQuery, RollupQuery, SecretariatSummary } from './indicators.schema.js';

const notYet = (): never => { throw Object.assign(new Error('not implemented yet'), { statusCode: 501 }); };

export function createRollupReads(_db: Db) {
  return {
    async elementRollup(_actor: Actor | null, _elementId: string, _query: RollupQuery): Promise<Static<typeof ElementRollup>> { return notYet(); },
    async organisationRollup(_actor: Actor | null, _organisationId: string, _query: RollupQuery): Promise<Static<typeof OrganisationRollup>> { return notYet(); },
    async areaRollup(_actor: Actor | null, _indicatorId: string, _query: AreaRollupQuery): Promise<Static<typeof AreaRollup>> { return notYet(); },
    async secretariatSummary(_actor: Actor | null, _query: RollupQuery): Promise<Static<typeof SecretariatSummary>> { return notYet(); },
    async reportingGrid(_actor: Actor, _query: ReportingGridQuery): Promise<ReportingGrid> { return notYet(); },
  };
}
