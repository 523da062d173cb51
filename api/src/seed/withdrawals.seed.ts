// Past withdrawals inside the deposit window. Each is capped by the money the account held
// that day (opening balance plus deposits of earlier months, minus earlier withdrawals), so
// balances never go negative.
import { fundsBefore, type PersonPlan } from './people.seed';

export interface WithdrawalPlan {
  readonly accountNo: string;
  readonly reasonCode: string;
  readonly businessType: string;
  readonly amountFen: number;
  readonly withdrawnOn: string;
}

export interface WithdrawalWish {
  readonly reasonCode: string;
  readonly on: string;
  readonly amountFen: number;
  /** Scenario withdrawals must happen as written; random ones shrink to what is there. */
  readonly exact?: boolean;
}

/** Business type 11 = partial withdrawal (domain.md §2.3); no closing withdrawals are seeded. */
const PARTIAL_WITHDRAWAL = '11';
/** Below this the withdrawal is not worth seeding (and would look odd). */
const MIN_AMOUNT_FEN = 100_000;

export function resolveWithdrawals(person: PersonPlan, wishes: readonly WithdrawalWish[]): WithdrawalPlan[] {
  const account = person.account;
  const done: WithdrawalPlan[] = [];
  let spent = 0;
  for (const wish of [...wishes].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))) {
    const available = fundsBefore(account, wish.on) - spent;
    const amountFen = Math.min(wish.amountFen, Math.floor(available / 100) * 100);
    if (wish.exact && amountFen !== wish.amountFen) throw new Error(`scenario withdrawal for ${person.name} exceeds the balance`);
    if (amountFen < MIN_AMOUNT_FEN) continue;
    spent += amountFen;
    done.push({ accountNo: account.accountNo, reasonCode: wish.reasonCode, businessType: PARTIAL_WITHDRAWAL, amountFen, withdrawnOn: wish.on });
  }
  return done;
}
