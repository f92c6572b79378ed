import { agreementsMessages } from '../agreements/agreements.messages.js';
import { accountsMessages } from '../accounts/accounts.messages.js';
import { budgetsMessages } from '../budgets/budgets.messages.js';
import { committeesMessages } from '../coordination/committees/committees.messages.js';
import { overlapMessages } from '../coordination/overlap/overlap.messages.js';
import { overlapsMessages } from '../coordination/overlaps/overlaps.messages.js';
import { organisationsMessages } from '../organisations/organisations.messages.js';
import { plansMessages } from '../plans/plans.messages.js';
import { indicatorsMessages } from '../indicators/indicators.messages.js';
import { commonMessages } from './common.messages.js';
import type { MessageBundle, Messages } from './i18n.js';

// Each area keeps its own messages beside its code; this merges them once at start-up.
const bundles: MessageBundle[] = [
  commonMessages,
  accountsMessages,
  organisationsMessages,
  committeesMessages,
  overlapMessages,
  overlapsMessages,
  plansMessages,
  indicatorsMessages,
  agreementsMessages,
  budgetsMessages,
];

export const catalog: { en: Messages; th: Messages } = {
  en: Object.assign({}, ...bundles.map((b) => b.en)),
  th: Object.assign({}, ...bundles.map((b) => b.th)),
};
