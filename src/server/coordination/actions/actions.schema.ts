import { type Static, Type } from 'typebox';
import { IsoDate, StringEnum, Uuid } from '../../http/schemas.js';
import { ACTION_STATUSES } from '../committees/committees.tables.js';

const DateTime = Type.String({ format: 'date-time' });
const Title = Type.String({ minLength: 1, maxLength: 1000 });
export const ActionStatusSchema = StringEnum(ACTION_STATUSES);

export const CreateActionBody = Type.Object({ assigneeOrganisationId: Uuid, titleTh: Title, titleEn: Title, dueOn: IsoDate }, { additionalProperties: false });
export type CreateActionBody = Static<typeof CreateActionBody>;

export const UpdateActionBody = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    assigneeOrganisationId: Type.Optional(Uuid),
    titleTh: Type.Optional(Title),
    titleEn: Type.Optional(Title),
    dueOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type UpdateActionBody = Static<typeof UpdateActionBody>;

export const FollowUpBody = Type.Object(
  {
    note: Type.String({ minLength: 1, maxLength: 10_000 }),
    /** the day the progress was noted; today when left out */
    notedOn: Type.Optional(IsoDate),
    status: Type.Optional(ActionStatusSchema),
  },
  { additionalProperties: false },
);
export type FollowUpBody = Static<typeof FollowUpBody>;

const OrgRef = Type.Object({ id: Uuid, code: Type.String(), nameTh: Type.String(), nameEn: Type.String() });

export const ActionView = Type.Object({
  id: Uuid,
  committee: Type.Object({ id: Uuid, nameTh: Type.String(), nameEn: Type.String() }),
  meetingId: Uuid,
  resolutionId: Uuid,
  resolutionNumber: Type.Integer(),
  assignee: OrgRef,
  titleTh: Type.String(),
  titleEn: Type.String(),
  dueOn: IsoDate,
  status: ActionStatusSchema,
  /** open or in progress and due before today (Asia/Bangkok) */
  overdue: Type.Boolean(),
  closedAt: Type.Union([DateTime, Type.Null()]),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type ActionView = Static<typeof ActionView>;

export const FollowUpView = Type.Object({
  id: Uuid,
  notedOn: IsoDate,
  note: Type.String(),
  statusFrom: ActionStatusSchema,
  statusTo: Type.Union([ActionStatusSchema, Type.Null()]),
  author: Type.String(),
  createdAt: DateTime,
});

export const ActionDetail = Type.Object({
  ...ActionView.properties,
  canManage: Type.Boolean(),
  canUpdate: Type.Boolean(),
  followUps: Type.Array(FollowUpView),
});
export type ActionDetail = Static<typeof ActionDetail>;

export const InboxQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    overdueOnly: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuery>;

export const ActionListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    status: Type.Optional(ActionStatusSchema),
    overdueOnly: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ActionListQuery = Static<typeof ActionListQuery>;
