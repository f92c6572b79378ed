/**
 * How the UI words each overlap reason (types.ts ReasonKind), in English and Thai. Parameters
 * come from the reason's detail: {words}, {codes}, {roads}, {km}, {a}, {b}, {days}, {gapKm}.
 */
import type { MessageBundle } from '../../i18n/i18n.js';

export const overlapMessages: MessageBundle = {
  en: {
    'overlap.reason.shared_area': 'Same area ({codes})',
    'overlap.reason.nested_area': 'One area lies within the other',
    'overlap.reason.different_area': 'Different areas',
    'overlap.reason.same_place_name': 'Same village, moo or place named',
    'overlap.reason.different_place': 'Different villages, roads or places named',
    'overlap.reason.shared_function': 'Same function',
    'overlap.reason.different_function': 'Different functions',
    'overlap.reason.period_overlap': 'Periods overlap by {days} days',
    'overlap.reason.different_period': 'Periods do not overlap',
    'overlap.reason.shared_words': 'Both describe: {words}',
    'overlap.reason.similar_text': 'The titles read alike',
    'overlap.reason.different_object': 'Different things built, bought or served ({a} / {b})',
    'overlap.reason.different_group': 'For different groups of people ({a} / {b})',
    'overlap.reason.different_occasion': 'For different festival periods ({a} / {b})',
    'overlap.reason.different_division': 'For different divisions of the organisation ({a} / {b}): each buys its own',
    'overlap.reason.different_part':
      'Different parts or sites of one place ({a} / {b}): a market and its car park, or toilets at a market and at a temple, are two works',
    'overlap.reason.road_section_overlap': 'Same road {roads}, sections overlap by {km} km',
    'overlap.reason.same_road': 'Same road {roads}',
    'overlap.reason.road_section_disjoint': 'Same road {roads}, sections {gapKm} km apart',
    'overlap.reason.same_water': 'Same river, canal or creek',
    'overlap.reason.different_phase': 'Different phases of the works (phase {a} and {b}): the next phase is not a duplicate',
    'overlap.reason.own_equipment': 'Each agency buys its own equipment',
    'overlap.reason.same_owner': 'Both belong to the same organisation',
  },
  th: {
    'overlap.reason.shared_area': 'พื้นที่เดียวกัน ({codes})',
    'overlap.reason.nested_area': 'พื้นที่หนึ่งอยู่ภายในอีกพื้นที่หนึ่ง',
    'overlap.reason.different_area': 'คนละพื้นที่',
    'overlap.reason.same_place_name': 'ระบุหมู่บ้าน หมู่ที่ หรือสถานที่เดียวกัน',
    'overlap.reason.different_place': 'ระบุหมู่บ้าน ถนน หรือสถานที่ต่างกัน',
    'overlap.reason.shared_function': 'ภารกิจเดียวกัน',
    'overlap.reason.different_function': 'คนละภารกิจ',
    'overlap.reason.period_overlap': 'ช่วงเวลาซ้อนกัน {days} วัน',
    'overlap.reason.different_period': 'ช่วงเวลาไม่ซ้อนกัน',
    'overlap.reason.shared_words': 'ทั้งสองโครงการระบุ: {words}',
    'overlap.reason.similar_text': 'ชื่อโครงการคล้ายกัน',
    'overlap.reason.different_object': 'สิ่งที่ก่อสร้าง จัดซื้อ หรือให้บริการต่างกัน ({a} / {b})',
    'overlap.reason.different_group': 'กลุ่มเป้าหมายต่างกัน ({a} / {b})',
    'overlap.reason.different_occasion': 'คนละช่วงเทศกาล ({a} / {b})',
    'overlap.reason.different_division': 'ต่างกองหรือต่างสำนักในหน่วยงาน ({a} / {b}) แต่ละกองจัดซื้อของตนเอง',
    'overlap.reason.different_part': 'เป็นคนละส่วนหรือคนละจุดของสถานที่เดียวกัน ({a} / {b}) เช่น ตลาดกับลานจอดรถของตลาด หรือห้องน้ำที่ตลาดกับห้องน้ำที่วัด ถือเป็นงานสองงาน',
    'overlap.reason.road_section_overlap': 'ถนนสายเดียวกัน ({roads}) ช่วง กม. ซ้อนกัน {km} กม.',
    'overlap.reason.same_road': 'ถนนสายเดียวกัน ({roads})',
    'overlap.reason.road_section_disjoint': 'ถนนสายเดียวกัน ({roads}) แต่ช่วง กม. ห่างกัน {gapKm} กม.',
    'overlap.reason.same_water': 'แม่น้ำ คลอง หรือลำห้วยเดียวกัน',
    'overlap.reason.different_phase': 'เป็นงานคนละระยะ (ระยะที่ {a} และ {b}) ระยะถัดไปไม่ถือว่าซ้ำซ้อน',
    'overlap.reason.own_equipment': 'แต่ละหน่วยงานจัดซื้อครุภัณฑ์สำหรับใช้งานของตนเอง',
    'overlap.reason.same_owner': 'เป็นของหน่วยงานเดียวกัน',
  },
};
