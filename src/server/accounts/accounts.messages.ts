import type { MessageBundle } from '../i18n/i18n.js';

export const accountsMessages: MessageBundle = {
  en: {
    'accounts.bad_credentials': 'The e-mail or password is not correct',
    'accounts.wrong_password': 'is not your current password',
    'accounts.membership_exists': 'The user already holds this role in this organisation',
  },
  th: {
    'accounts.bad_credentials': 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
    'accounts.wrong_password': 'ไม่ตรงกับรหัสผ่านปัจจุบัน',
    'accounts.membership_exists': 'ผู้ใช้มีบทบาทนี้ในหน่วยงานนี้อยู่แล้ว',
  },
};
