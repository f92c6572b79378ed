import type { Db } from '../../db/database.js';
import type { App } from '../../http/app.js';
import { errorResponses, IdParams } from '../../http/schemas.js';
import { requireActor } from '../../http/session.js';
import type { Clock } from '../actions/overdue.js';
import { createMeetingRecordsService } from './meeting-records.service.js';
import {
  AgendaBody,
  AttendanceBody,
  MeetingStatusBody,
  MeetingView,
  MinutesBody,
  ResolutionBody,
  ResolutionView,
  UpdateMeetingBody,
} from './meetings.schema.js';
import { createMeetingsService } from './meetings.service.js';

const tags = ['meetings'];

export async function meetingsRoutes(app: App, db: Db, clock: Clock): Promise<void> {
  const meetings = createMeetingsService(db, clock);
  const records = createMeetingRecordsService(db, clock);
  const schema = (operationId: string, extra: Record<string, unknown> = {}) => ({
    operationId,
    tags,
    params: IdParams,
    response: { 200: MeetingView, ...errorResponses },
    ...extra,
  });

  app.get('/meetings/:id', { schema: schema('getMeeting') }, async (request) => meetings.getMeeting(requireActor(request), request.params.id));

  app.patch('/meetings/:id', { schema: { ...schema('updateMeeting'), body: UpdateMeetingBody } }, async (request) =>
    meetings.updateMeeting(requireActor(request), request.params.id, request.body),
  );

  app.post('/meetings/:id/status', { schema: { ...schema('setMeetingStatus'), body: MeetingStatusBody } }, async (request) =>
    meetings.setStatus(requireActor(request), request.params.id, request.body.status),
  );

  app.put('/meetings/:id/agenda', { schema: { ...schema('replaceMeetingAgenda'), body: AgendaBody } }, async (request) => {
    const actor = requireActor(request);
    await records.replaceAgenda(actor, request.params.id, request.body);
    return meetings.getMeeting(actor, request.params.id);
  });

  app.put('/meetings/:id/attendance', { schema: { ...schema('replaceMeetingAttendance'), body: AttendanceBody } }, async (request) => {
    const actor = requireActor(request);
    await records.replaceAttendance(actor, request.params.id, request.body);
    return meetings.getMeeting(actor, request.params.id);
  });

  app.put('/meetings/:id/minutes', { schema: { ...schema('recordMeetingMinutes'), body: MinutesBody } }, async (request) => {
    const actor = requireActor(request);
    await records.recordMinutes(actor, request.params.id, request.body);
    return meetings.getMeeting(actor, request.params.id);
  });

  app.post('/meetings/:id/minutes/approve', { schema: schema('approveMeetingMinutes') }, async (request) => {
    const actor = requireActor(request);
    await records.approveMinutes(actor, request.params.id);
    return meetings.getMeeting(actor, request.params.id);
  });

  app.post(
    '/meetings/:id/resolutions',
    { schema: { operationId: 'addResolution', tags, params: IdParams, body: ResolutionBody, response: { 201: ResolutionView, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const resolutionId = await records.addResolution(actor, request.params.id, request.body);
      const meeting = await meetings.getMeeting(actor, request.params.id);
      return reply.status(201).send(meeting.resolutions.find((r) => r.id === resolutionId)!);
    },
  );
}
