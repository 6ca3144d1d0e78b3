/** Where each kind of published result keeps its party and its date (one place for every reader). */
import type { Party, Result } from '../model/results.js';

/** The field naming a result's party: 申请人, 领取人 or 当事人. */
export function resultPartyField(r: Result): 'applicant' | 'recipient' | 'party' {
  return r.type === 'case' ? 'applicant' : r.type === 'payment' ? 'recipient' : 'party';
}

/** The natural or legal person a result is about. */
export function resultParty(r: Result): Party {
  return r.type === 'case' ? r.applicant : r.type === 'payment' ? r.recipient : r.party;
}

/** The date a result is filed under: decided (or accepted), paid, decided on, checked on. */
export function resultDate(r: Result): string | undefined {
  return r.type === 'case' ? (r.decided ?? r.accepted) : r.type === 'payment' ? (r.date ?? r.publicity?.start) : r.date;
}
