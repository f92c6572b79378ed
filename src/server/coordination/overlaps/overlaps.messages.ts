import type { MessageBundle } from '../../i18n/i18n.js';

/** Messages of the overlaps API (the reasons' wording lives with the engine: overlap.messages.ts). */
export const overlapsMessages: MessageBundle = {
  en: {
    'overlaps.period_order': 'The end date must not be before the start date',
    'overlaps.not_resolver': 'Resolving an overlap needs plan editing or committee management rights over the owner of one of the two projects',
    'overlaps.absorbing_required': 'Say which of the two projects absorbs the other',
    'overlaps.absorbing_not_in_pair': 'The absorbing project must be one of the two projects of the pair',
    'overlaps.absorbing_only_merge': 'An absorbing project is given only when merging',
    'overlaps.merge_needs_revision':
      'Projects in submitted, approved or active plans cannot be merged: open a revision of the plan first, then merge in the draft',
  },
  th: {
    'overlaps.period_order': 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น',
    'overlaps.not_resolver': 'การวินิจฉัยความซ้ำซ้อนต้องมีสิทธิ์แก้ไขแผนหรือสิทธิ์จัดการคณะกรรมการของหน่วยงานเจ้าของโครงการใดโครงการหนึ่ง',
    'overlaps.absorbing_required': 'โปรดระบุว่าโครงการใดเป็นโครงการที่รวมอีกโครงการหนึ่งเข้าไว้',
    'overlaps.absorbing_not_in_pair': 'โครงการที่รวมอีกโครงการต้องเป็นหนึ่งในสองโครงการของคู่นี้',
    'overlaps.absorbing_only_merge': 'ระบุโครงการที่รวมอีกโครงการได้เฉพาะเมื่อควบรวมโครงการ',
    'overlaps.merge_needs_revision': 'ไม่สามารถควบรวมโครงการในแผนที่เสนอ อนุมัติ หรือใช้งานแล้ว โปรดจัดทำฉบับปรับปรุงของแผนก่อน แล้วจึงควบรวมในฉบับร่าง',
  },
};
