import { Type } from 'typebox';
import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { errorResponses, IdParams } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import {
  AwaitingMeasurement,
  BatchMeasurementsBody,
  BatchMeasurementsResult,
  BatchReviewBody,
  CreateMeasurementBody,
  EvidenceView,
  MeasurementListQuery,
  MeasurementTransitionBody,
  MeasurementView,
  RejectMeasurementBody,
  UpdateMeasurementBody,
  UploadEvidenceBody,
} from './indicators.schema.js';
import { createMeasurementsService } from './measurements.service.js';

const tags = ['measurements'];
/** base64 of a 5 MB file plus the JSON around it */
const EVIDENCE_BODY_LIMIT = 7 * 1024 * 1024;

export async function measurementsRoutes(app: App, db: Db): Promise<void> {
  const service = createMeasurementsService(db);

  app.get(
    '/indicators/:id/measurements',
    {
      schema: {
        operationId: 'listMeasurements',
        tags,
        params: IdParams,
        querystring: MeasurementListQuery,
        response: { 200: Type.Array(MeasurementView), ...errorResponses },
      },
    },
    async (request) => service.listMeasurements(request.actor, request.params.id, request.query),
  );

  app.post(
    '/indicators/:id/measurements',
    {
      schema: {
        operationId: 'createMeasurement',
        tags,
        description: 'A draft (or, with `submit`, a submitted) value; over a verified value it is a correction.',
        params: IdParams,
        body: CreateMeasurementBody,
        response: { 201: MeasurementView, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createMeasurement(requireActor(request), request.params.id, request.body)),
  );

  // declared before /measurements/:id so the words are not taken for ids
  app.post(
    '/measurements/batch',
    {
      schema: {
        operationId: 'saveMeasurementsBatch',
        tags,
        description: 'The reporting grid: many cells, all or nothing; errors name `cells.<i>.<field>`.',
        body: BatchMeasurementsBody,
        response: { 200: BatchMeasurementsResult, ...errorResponses },
      },
    },
    async (request) => service.saveBatch(requireActor(request), request.body),
  );

  app.post(
    '/measurements/review',
    {
      schema: {
        operationId: 'reviewMeasurementsBatch',
        tags,
        description: 'Verifies or rejects many submitted values, all or nothing.',
        body: BatchReviewBody,
        response: { 200: BatchMeasurementsResult, ...errorResponses },
      },
    },
    async (request) => service.reviewBatch(requireActor(request), request.body),
  );

  app.get(
    '/measurements/awaiting-verification',
    {
      schema: {
        operationId: 'listAwaitingVerification',
        tags,
        description: 'Submitted values the actor may verify.',
        response: { 200: Type.Array(AwaitingMeasurement), ...errorResponses },
      },
    },
    async (request) => service.listAwaiting(requireActor(request)),
  );

  app.get(
    '/measurements/:id',
    { schema: { operationId: 'getMeasurement', tags, params: IdParams, response: { 200: MeasurementView, ...errorResponses } } },
    async (request) => service.getMeasurement(request.actor, request.params.id),
  );

  app.patch(
    '/measurements/:id',
    {
      schema: { operationId: 'updateMeasurement', tags, params: IdParams, body: UpdateMeasurementBody, response: { 200: MeasurementView, ...errorResponses } },
    },
    async (request) => service.updateMeasurement(requireActor(request), request.params.id, request.body),
  );

  for (const action of ['submit', 'verify'] as const) {
    app.post(
      `/measurements/:id/${action}`,
      {
        schema: {
          operationId: `${action}Measurement`,
          tags,
          params: IdParams,
          body: MeasurementTransitionBody,
          response: { 200: MeasurementView, ...errorResponses },
        },
      },
      async (request) => service.transition(requireActor(request), request.params.id, action, request.body.version),
    );
  }

  app.post(
    '/measurements/:id/reject',
    {
      schema: { operationId: 'rejectMeasurement', tags, params: IdParams, body: RejectMeasurementBody, response: { 200: MeasurementView, ...errorResponses } },
    },
    async (request) => service.transition(requireActor(request), request.params.id, 'reject', request.body.version, request.body.reason),
  );

  app.get(
    '/measurements/:id/evidence',
    { schema: { operationId: 'listEvidence', tags, params: IdParams, response: { 200: Type.Array(EvidenceView), ...errorResponses } } },
    async (request) => service.listEvidence(request.actor, request.params.id),
  );

  app.post(
    '/measurements/:id/evidence',
    {
      bodyLimit: EVIDENCE_BODY_LIMIT,
      schema: { operationId: 'uploadEvidence', tags, params: IdParams, body: UploadEvidenceBody, response: { 201: EvidenceView, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(await service.uploadEvidence(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/evidence/:id/content',
    {
      schema: {
        operationId: 'downloadEvidence',
        tags,
        params: IdParams,
        response: {
          200: { description: 'the file', content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const file = await service.evidenceContent(request.actor, request.params.id);
      return (
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          // the binary body is not JSON; the typed reply only knows the schema's string
          .send(Buffer.from(file.content) as unknown as string)
      );
    },
  );
}
