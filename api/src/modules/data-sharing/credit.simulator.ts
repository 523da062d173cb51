// 人民银行征信 credit report (queried with the applicant's signed consent): the active
// commercial housing mortgages, which prove the commercial loan contract and its repayments.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SharingAnswer, SharingSubject } from './sharing-adapter';
import { simulatedAdapter, type SimulatedNetwork } from './simulated-network';

export async function creditAnswer(db: Kysely<DB>, subject: SharingSubject): Promise<SharingAnswer> {
  const rows = await db
    .selectFrom('agency_credit')
    .select(['lender', 'principal_fen', 'outstanding_fen', 'opened_on'])
    .where('id_number', '=', subject.idNumber)
    .where('kind', '=', 'commercial_mortgage')
    .where('status', '=', 'active')
    .orderBy('opened_on')
    .orderBy('id')
    .execute();
  return {
    found: true,
    summary: {
      activeCommercialMortgages: rows.map((r) => ({
        lender: r.lender,
        principalFen: r.principal_fen,
        outstandingFen: r.outstanding_fen,
        openedOn: r.opened_on,
      })),
    },
  };
}

export function creditSimulator(db: Kysely<DB>, network: SimulatedNetwork) {
  return simulatedAdapter('credit', network, (s) => creditAnswer(db, s));
}
