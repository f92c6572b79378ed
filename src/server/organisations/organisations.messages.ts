import type { MessageBundle } from '../i18n/i18n.js';

export const organisationsMessages: MessageBundle = {
  en: {
    'organisations.cycle': 'cannot be the organisation itself or one of its sub-organisations',
    'organisations.root_forbidden': 'Only the system can create or move an organisation to the top of the tree',
    'organisations.self_link': 'cannot be the same organisation as fromOrganisationId',
    'organisations.ends_before_starts': 'must not be before startsOn',
    'organisations.not_a_country': 'must be the code of a country',
  },
  th: {
    'organisations.cycle': 'ต้องไม่ใช่หน่วยงานนี้เองหรือหน่วยงานที่อยู่ภายใต้หน่วยงานนี้',
    'organisations.root_forbidden': 'มีเพียงระบบเท่านั้นที่สร้างหรือย้ายหน่วยงานไปไว้ระดับบนสุดได้',
    'organisations.self_link': 'ต้องไม่ใช่หน่วยงานเดียวกับ fromOrganisationId',
    'organisations.ends_before_starts': 'ต้องไม่ก่อนวันที่ startsOn',
    'organisations.not_a_country': 'ต้องเป็นรหัสของประเทศ',
  },
};
