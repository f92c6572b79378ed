import { type Static, Type } from 'typebox';
import { StringEnum, Uuid } from '../../http/schemas.js';
import { ActionView } from '../actions/actions.schema.js';
import { AGENDA_LINK_KINDS, ATTENDANCE_STATUSES, DECISIONS, MEETING_STATUSES, MINUTES_STATUSES } from '../committees/committees.tables.js';

const DateTime = Type.String({ format: 'date-time' });
const Title = Type.String({ minLength: 1, maxLength: 500 });
const Place = Type.Union([Type.String({ maxLength: 500 }), Type.Null()]);
const Url = Type.Union([Type.String({ format: 'uri', maxLength: 1000 }), Type.Null()]);
const Text = Type.Union([Type.String({ maxLength: 50_000 }), Type.Null()]);
export const MeetingStatusSchema = StringEnum(MEETING_STATUSES);
export const DecisionSchema = StringEnum(DECISIONS);
export const AttendanceStatusSchema = StringEnum(ATTENDANCE_STATUSES);
const LinkedKind = StringEnum(AGENDA_LINK_KINDS.filter((k) => k !== 'none') as ['plan', 'plan_element', 'overlap_pair']);

export const CreateMeetingBody = Type.Object(
  {
    titleTh: Title,
    titleEn: Title,
    startsAt: DateTime,
    /** two hours after the start when left out */
    endsAt: Type.Optional(DateTime),
    place: Type.Optional(Place),
    onlineUrl: Type.Optional(Url),
    /** 'held' records a meeting that already took place */
    status: Type.Optional(StringEnum(['scheduled', 'held'] as const)),
  },
  { additionalProperties: false },
);
export type CreateMeetingBody = Static<typeof CreateMeetingBody>;

export const UpdateMeetingBody = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    titleTh: Type.Optional(Title),
    titleEn: Type.Optional(Title),
    startsAt: Type.Optional(DateTime),
    endsAt: Type.Optional(DateTime),
    place: Type.Optional(Place),
    onlineUrl: Type.Optional(Url),
  },
  { additionalProperties: false },
);
export type UpdateMeetingBody = Static<typeof UpdateMeetingBody>;

export const MeetingStatusBody = Type.Object({ status: StringEnum(['held', 'cancelled'] as const) }, { additionalProperties: false });

const AgendaLink = Type.Object({ kind: LinkedKind, id: Uuid }, { additionalProperties: false });

export const AgendaBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          /** an existing item to keep; items left out are removed */
          id: Type.Optional(Uuid),
          titleTh: Title,
          titleEn: Title,
          link: Type.Optional(Type.Union([AgendaLink, Type.Null()])),
        },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
export type AgendaBody = Static<typeof AgendaBody>;

export const AttendanceBody = Type.Object(
  {
    entries: Type.Array(
      Type.Object(
        {
          organisationId: Type.Optional(Uuid),
          citizenMemberId: Type.Optional(Uuid),
          status: AttendanceStatusSchema,
          proxyName: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()])),
        },
        { additionalProperties: false, description: 'exactly one of organisationId or citizenMemberId' },
      ),
      { maxItems: 500 },
    ),
  },
  { additionalProperties: false },
);
export type AttendanceBody = Static<typeof AttendanceBody>;

export const MinutesBody = Type.Object(
  {
    items: Type.Array(Type.Object({ agendaItemId: Uuid, minutesTh: Type.Optional(Text), minutesEn: Type.Optional(Text) }, { additionalProperties: false }), {
      maxItems: 200,
    }),
  },
  { additionalProperties: false },
);
export type MinutesBody = Static<typeof MinutesBody>;

export const ResolutionBody = Type.Object(
  {
    agendaItemId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    textTh: Type.String({ minLength: 1, maxLength: 10_000 }),
    textEn: Type.String({ minLength: 1, maxLength: 10_000 }),
    decision: DecisionSchema,
  },
  { additionalProperties: false },
);
export type ResolutionBody = Static<typeof ResolutionBody>;

export const MeetingSummary = Type.Object({
  id: Uuid,
  committeeId: Uuid,
  titleTh: Type.String(),
  titleEn: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  place: Type.Union([Type.String(), Type.Null()]),
  onlineUrl: Type.Union([Type.String(), Type.Null()]),
  status: MeetingStatusSchema,
  minutesStatus: StringEnum(MINUTES_STATUSES),
  minutesApprovedAt: Type.Union([DateTime, Type.Null()]),
  version: Type.Integer(),
});
export type MeetingSummary = Static<typeof MeetingSummary>;

export const AgendaItemView = Type.Object({
  id: Uuid,
  position: Type.Integer(),
  titleTh: Type.String(),
  titleEn: Type.String(),
  /** id is null when what the item pointed at has since been deleted (the item keeps its kind) */
  link: Type.Union([Type.Object({ kind: LinkedKind, id: Type.Union([Uuid, Type.Null()]) }), Type.Null()]),
  minutesTh: Type.Union([Type.String(), Type.Null()]),
  minutesEn: Type.Union([Type.String(), Type.Null()]),
});

export const AttendanceView = Type.Object({
  organisationId: Type.Union([Uuid, Type.Null()]),
  citizenMemberId: Type.Union([Uuid, Type.Null()]),
  nameTh: Type.String(),
  nameEn: Type.String(),
  status: AttendanceStatusSchema,
  proxyName: Type.Union([Type.String(), Type.Null()]),
});

export const ResolutionView = Type.Object({
  id: Uuid,
  meetingId: Uuid,
  number: Type.Integer(),
  agendaItemId: Type.Union([Uuid, Type.Null()]),
  textTh: Type.String(),
  textEn: Type.String(),
  decision: DecisionSchema,
  actions: Type.Array(ActionView),
});
export type ResolutionView = Static<typeof ResolutionView>;

export const MeetingView = Type.Object({
  ...MeetingSummary.properties,
  committee: Type.Object({ id: Uuid, nameTh: Type.String(), nameEn: Type.String() }),
  canManage: Type.Boolean(),
  agenda: Type.Array(AgendaItemView),
  attendance: Type.Array(AttendanceView),
  resolutions: Type.Array(ResolutionView),
});
export type MeetingView = Static<typeof MeetingView>;

export const MeetingListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    status: Type.Optional(MeetingStatusSchema),
  },
  { additionalProperties: false },
);

export const IcsQuery = Type.Object({ lang: StringEnum(['th', 'en'] as const, { default: 'th' }) }, { additionalProperties: false });
