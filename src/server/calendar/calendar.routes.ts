import { Type } from 'typebox';
import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { requestLocale } from '../http/error-handler.js';
import { errorResponses, StringEnum } from '../http/schemas.js';
import { LOCALES } from '../accounts/accounts.tables.js';
import { createCalendarService } from './calendar.service.js';
import { CALENDAR_TRACKS } from './calendar.tables.js';

const tags = ['calendar'];
const FiscalYear = Type.Integer({ minimum: 2500, maximum: 2700, description: 'Thai fiscal year (Buddhist Era)' });
const Track = StringEnum(CALENDAR_TRACKS);

const Milestone = Type.Object({
  code: Type.String(),
  track: Track,
  seq: Type.Integer(),
  levelCode: Type.String(),
  labelTh: Type.String(),
  labelEn: Type.String(),
  responsibleTh: Type.Union([Type.String(), Type.Null()]),
  responsibleEn: Type.Union([Type.String(), Type.Null()]),
  typicalMonths: Type.Array(Type.String()),
  startsOn: Type.String({ format: 'date' }),
  dueOn: Type.String({ format: 'date' }),
  feedsCode: Type.Union([Type.String(), Type.Null()]),
  legalBasis: Type.Union([Type.String(), Type.Null()]),
  verified: Type.Boolean(),
});
const Calendar = Type.Object({
  fiscalYear: Type.Integer(),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }),
  milestones: Type.Array(Milestone),
  warnings: Type.Array(Type.Object({ code: Type.String(), feedsCode: Type.String(), dueOn: Type.String(), feedsDueOn: Type.String(), message: Type.String() })),
});

/** The planning calendar is public: the budget process is public information. */
export async function calendarRoutes(app: App, db: Db): Promise<void> {
  const calendar = createCalendarService(db);

  app.get(
    '/calendar',
    {
      schema: {
        operationId: 'getPlanningCalendar',
        tags,
        security: [],
        querystring: Type.Object(
          { fy: FiscalYear, track: Type.Optional(Track), level: Type.Optional(Type.String({ maxLength: 50 })) },
          { additionalProperties: false },
        ),
        response: { 200: Calendar, ...errorResponses },
      },
    },
    async (request) => calendar.calendar(request.query.fy, requestLocale(request), { track: request.query.track, level: request.query.level }),
  );

  app.get(
    '/calendar.ics',
    {
      schema: {
        operationId: 'getPlanningCalendarIcs',
        tags,
        security: [],
        querystring: Type.Object({ fy: FiscalYear, lang: Type.Optional(StringEnum(LOCALES)) }, { additionalProperties: false }),
        response: { 200: Type.String({ description: 'text/calendar (RFC 5545)' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? requestLocale(request);
      const body = await calendar.ics(request.query.fy, lang);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="prasan-fy${request.query.fy}-${lang}.ics"`)
        .send(body);
    },
  );
}
