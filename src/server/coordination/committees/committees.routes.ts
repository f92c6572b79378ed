import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app.js';
import { requestLocale } from '../../http/error-handler.js';
import { Page } from '../../http/list.js';
import { errorResponses, IdParams } from '../../http/schemas.js';
import { requireActor } from '../../http/session.js';
import { actionsRoutes } from '../actions/actions.routes.js';
import { ActionListQuery, ActionView } from '../actions/actions.schema.js';
import { createActionsService } from '../actions/actions.service.js';
import { type Clock, systemClock } from '../actions/overdue.js';
import { meetingsRoutes } from '../meetings/meetings.routes.js';
import { committeeCalendar } from '../meetings/meetings-ics.js';
import { CreateMeetingBody, IcsQuery, MeetingListQuery, MeetingSummary, MeetingView } from '../meetings/meetings.schema.js';
import { createMeetingsService } from '../meetings/meetings.service.js';
import { CommitteeListQuery, CommitteeSummary, CommitteeView, CreateCommitteeBody, ReplaceMembersBody, UpdateCommitteeBody } from './committees.schema.js';
import { createCommitteesService } from './committees.service.js';
import { buildNetwork, NetworkQuery, NetworkView } from './network.js';

const tags = ['committees'];

/** Committees, their meetings and action items, and the network view. `clock` is for tests. */
export async function committeesRoutes(app: App, db: Db, clock: Clock = systemClock): Promise<void> {
  const committees = createCommitteesService(db);
  const meetings = createMeetingsService(db, clock);
  const actions = createActionsService(db, clock);

  app.get(
    '/committees',
    {
      schema: {
        operationId: 'listCommittees',
        tags,
        security: [],
        description: 'Public: name, kind and host of every committee.',
        querystring: CommitteeListQuery,
        response: { 200: Page(CommitteeSummary), ...errorResponses },
      },
    },
    async (request) => committees.listCommittees(request.query),
  );

  app.post(
    '/committees',
    { schema: { operationId: 'createCommittee', tags, body: CreateCommitteeBody, response: { 201: CommitteeView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await committees.createCommittee(requireActor(request), request.body)),
  );

  app.get(
    '/committees/:id',
    { schema: { operationId: 'getCommittee', tags, params: IdParams, response: { 200: CommitteeView, ...errorResponses } } },
    async (request) => committees.getCommittee(requireActor(request), request.params.id),
  );

  app.patch(
    '/committees/:id',
    { schema: { operationId: 'updateCommittee', tags, params: IdParams, body: UpdateCommitteeBody, response: { 200: CommitteeView, ...errorResponses } } },
    async (request) => committees.updateCommittee(requireActor(request), request.params.id, request.body),
  );

  app.put(
    '/committees/:id/members',
    {
      schema: { operationId: 'replaceCommitteeMembers', tags, params: IdParams, body: ReplaceMembersBody, response: { 200: CommitteeView, ...errorResponses } },
    },
    async (request) => committees.replaceMembers(requireActor(request), request.params.id, request.body.members),
  );

  app.get(
    '/committees/:id/meetings',
    {
      schema: {
        operationId: 'listCommitteeMeetings',
        tags,
        params: IdParams,
        querystring: MeetingListQuery,
        response: { 200: Page(MeetingSummary), ...errorResponses },
      },
    },
    async (request) => meetings.listMeetings(requireActor(request), request.params.id, request.query),
  );

  app.post(
    '/committees/:id/meetings',
    { schema: { operationId: 'createMeeting', tags, params: IdParams, body: CreateMeetingBody, response: { 201: MeetingView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await meetings.createMeeting(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/committees/:id/meetings.ics',
    {
      schema: {
        operationId: 'getCommitteeCalendar',
        tags,
        params: IdParams,
        querystring: IcsQuery,
        description: 'The committee’s meetings as an iCalendar (RFC 5545) feed; titles in `lang`.',
        response: { 200: { description: 'iCalendar feed', content: { 'text/calendar': { schema: Type.String() } } }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = await committeeCalendar(db, clock, requireActor(request), request.params.id, request.query.lang);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="committee-${request.params.id}.ics"`)
        .send(body);
    },
  );

  app.get(
    '/committees/:id/actions',
    {
      schema: {
        operationId: 'listCommitteeActions',
        tags,
        params: IdParams,
        querystring: ActionListQuery,
        response: { 200: Page(ActionView), ...errorResponses },
      },
    },
    async (request) => actions.listForCommittee(requireActor(request), request.params.id, request.query),
  );

  app.get(
    '/network',
    { schema: { operationId: 'getNetwork', tags: ['network'], querystring: NetworkQuery, response: { 200: NetworkView, ...errorResponses } } },
    async (request) => buildNetwork(db, clock, requireActor(request), requestLocale(request), request.query),
  );

  await meetingsRoutes(app, db, clock);
  await actionsRoutes(app, actions);
}
