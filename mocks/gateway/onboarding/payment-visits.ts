import type { Clock } from '../clock';

/** The shop's own form (its site) or the cabinet's test payment (which signs for the shop). */
export type VisitSource = 'shop-form' | 'cabinet';

export interface PaymentVisit {
  billnumber: string;
  at: number;
  /** The request carried a check value (a wrong one never gets this far). */
  signed: boolean;
  source: VisitSource;
}

export interface PaymentRefusalFact {
  at: number;
  code: string;
}

/**
 * What the payment page saw per profile: the orders it made and the requests it refused. The
 * going-live checklist reads its facts from here rather than from the generated history.
 */
export interface PaymentVisits {
  arrived(profileId: string, visit: Omit<PaymentVisit, 'at'>): void;
  refused(profileId: string, code: string): void;
  of(profileId: string): readonly PaymentVisit[];
  lastRefusal(profileId: string): PaymentRefusalFact | null;
}

export function createPaymentVisits(clock: Clock): PaymentVisits {
  const visits = new Map<string, PaymentVisit[]>();
  const refusals = new Map<string, PaymentRefusalFact>();
  return {
    arrived(profileId, visit) {
      const list = visits.get(profileId) ?? [];
      list.push({ ...visit, at: clock.now() });
      visits.set(profileId, list);
    },
    refused(profileId, code) {
      refusals.set(profileId, { at: clock.now(), code });
    },
    of: (profileId) => visits.get(profileId) ?? [],
    lastRefusal: (profileId) => refusals.get(profileId) ?? null,
  };
}
