import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { Page } from '../http/list.js';
import { errorResponses, IdParams } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import {
  AgreementListQuery,
  AgreementSummary,
  AgreementView,
  CreateAgreementBody,
  SignBody,
  TransitionBody,
  UpdateAgreementBody,
} from './agreements.schema.js';
import { createAgreementsService } from './agreements.service.js';

const tags = ['agreements'];

/** Performance agreements (คำรับรองการปฏิบัติราชการ): drafting, sign-off and year-end scoring. */
export async function agreementsRoutes(app: App, db: Db): Promise<void> {
  const agreements = createAgreementsService(db);

  app.get(
    '/agreements',
    { schema: { operationId: 'listAgreements', tags, querystring: AgreementListQuery, response: { 200: Page(AgreementSummary), ...errorResponses } } },
    async (request) => agreements.listAgreements(requireActor(request), request.query),
  );

  app.post(
    '/agreements',
    { schema: { operationId: 'createAgreement', tags, body: CreateAgreementBody, response: { 201: AgreementView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await agreements.createAgreement(requireActor(request), request.body)),
  );

  app.get(
    '/agreements/:id',
    { schema: { operationId: 'getAgreement', tags, params: IdParams, response: { 200: AgreementView, ...errorResponses } } },
    async (request) => agreements.getAgreement(requireActor(request), request.params.id),
  );

  app.patch(
    '/agreements/:id',
    {
      schema: {
        operationId: 'updateAgreement',
        tags,
        params: IdParams,
        body: UpdateAgreementBody,
        description: 'Drafts only; `kpis` replaces the whole list.',
        response: { 200: AgreementView, ...errorResponses },
      },
    },
    async (request) => agreements.updateAgreement(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/agreements/:id/propose',
    {
      schema: {
        operationId: 'proposeAgreement',
        tags,
        params: IdParams,
        body: TransitionBody,
        description: 'draft → proposed; weights must total exactly 100 %.',
        response: { 200: AgreementView, ...errorResponses },
      },
    },
    async (request) => agreements.proposeAgreement(requireActor(request), request.params.id, request.body.version),
  );

  app.post(
    '/agreements/:id/withdraw',
    {
      schema: {
        operationId: 'withdrawAgreement',
        tags,
        params: IdParams,
        body: TransitionBody,
        description: 'proposed → draft while nobody has signed.',
        response: { 200: AgreementView, ...errorResponses },
      },
    },
    async (request) => agreements.withdrawAgreement(requireActor(request), request.params.id, request.body.version),
  );

  app.post(
    '/agreements/:id/sign',
    {
      schema: {
        operationId: 'signAgreement',
        tags,
        params: IdParams,
        body: SignBody,
        description: 'Signs for one side; the second signature makes the agreement signed.',
        response: { 200: AgreementView, ...errorResponses },
      },
    },
    async (request) => agreements.signAgreement(requireActor(request), request.params.id, request.body.version, request.body.side),
  );

  app.post(
    '/agreements/:id/evaluate',
    {
      schema: {
        operationId: 'evaluateAgreement',
        tags,
        params: IdParams,
        body: TransitionBody,
        description: 'signed → evaluated: freezes each KPI’s actual value and score and the weighted total.',
        response: { 200: AgreementView, ...errorResponses },
      },
    },
    async (request) => agreements.evaluateAgreement(requireActor(request), request.params.id, request.body.version),
  );
}
