import { DAY } from './clock';
import { MERCHANT_OFFSET } from './merchant-time';

/**
 * When the financial transaction of a payment is sent. The real gateway sends them once a day
 * at 00:00 merchant time; a fixed delay lets a demo or a test see the reversal → refund switch
 * within minutes.
 */
export type SettlementPolicy = { mode: 'daily' } | { mode: 'delay'; ms: number };

export function nextSettlementAt(policy: SettlementPolicy, at: number): number {
  if (policy.mode === 'delay') return at + policy.ms;
  const localMidnight = Math.floor((at + MERCHANT_OFFSET) / DAY) * DAY;
  return localMidnight + DAY - MERCHANT_OFFSET;
}

export interface DomainRules {
  nextSettlement(at: number): number;
}

export function rulesFor(policy: SettlementPolicy): DomainRules {
  return { nextSettlement: (at) => nextSettlementAt(policy, at) };
}
