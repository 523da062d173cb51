// Account status rules (domain.md §2.2, §6): a closed account has nothing to act on; a frozen
// one (judicial or administrative) blocks withdrawals until unfrozen.
import { compareDates } from '../calendar/calendar-date';
import { failure } from './rule-result';
import type { RuleSet } from './rule-fn';

export const ACCOUNT_RULES: RuleSet<'account.usable' | 'account.not_frozen' | 'withdrawal.no_fraud_ban'> = {
  'account.usable': ({ facts }) =>
    facts.account.status.startsWith('closed') ? [failure('account.usable', 'account.closed', { actual: facts.account.status })] : [],
  'account.not_frozen': ({ facts }) => (facts.account.status === 'frozen' ? [failure('account.not_frozen', 'account.frozen')] : []),
  // 2026 amendment: fraud means a ban on withdrawals and loans; the ban ends on its date.
  'withdrawal.no_fraud_ban': ({ facts, today }) =>
    facts.fraudBanUntil !== undefined && compareDates(today, facts.fraudBanUntil) < 0
      ? [failure('withdrawal.no_fraud_ban', 'withdrawal.fraud_ban', { availableOn: facts.fraudBanUntil })]
      : [],
};
