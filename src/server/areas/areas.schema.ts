import { type Static, Type } from 'typebox';
import { StringEnum } from '../http/schemas.js';
import { AREA_LEVELS } from './areas.tables.js';

export const AreaLevelSchema = StringEnum(AREA_LEVELS);
/** An official area code: ISO alpha-2 for countries, DOPA digits in Thailand, 'ASEAN' for the region. */
export const AreaCode = Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9_.-]+$' });

export const AreaView = Type.Object(
  {
    code: Type.String(),
    level: AreaLevelSchema,
    parentCode: Type.Union([Type.String(), Type.Null()]),
    nameTh: Type.String(),
    nameEn: Type.String(),
    childCount: Type.Integer(),
  },
  { title: 'AreaView' },
);
export type AreaView = Static<typeof AreaView>;

export const AreaDetail = Type.Object({ ...AreaView.properties, ancestors: Type.Array(AreaView, { description: 'root first' }) }, { title: 'AreaDetail' });
export type AreaDetail = Static<typeof AreaDetail>;

export const AreasQuery = Type.Object(
  {
    level: Type.Optional(AreaLevelSchema),
    parent: Type.Optional(AreaCode),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    sort: Type.Optional(Type.String({ maxLength: 20, description: 'code | nameTh | nameEn, "-" for descending; with q the default puts larger areas first' })),
  },
  { additionalProperties: false },
);
export type AreasQuery = Static<typeof AreasQuery>;

export const AreaCodeParams = Type.Object({ code: AreaCode }, { additionalProperties: false });
