import type { ChecklistFactName, ChecklistStep, ChecklistStepName, SwitchRequestState } from '@/api/onboarding';
import { OP, type OrderRecord } from '../model';
import type { PaymentVisit } from './payment-visits';

/** Everything the checklist is derived from; gathered by onboarding.ts. */
export interface ChecklistFacts {
  visits: readonly PaymentVisit[];
  /** The orders those visits made. */
  orders: readonly OrderRecord[];
  returnUrls: boolean;
  notificationUrl: boolean;
  /** null: no delivery log to ask. */
  notificationDelivered: boolean | null;
  /** `at` null: signed before the gateway kept the date (a shop live before). */
  contracts: { signed: boolean; at: number | null };
  switchRequest: SwitchRequestState;
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

function has(order: OrderRecord, type: string, state: 'S' | 'F'): boolean {
  return order.operations.some((op) => op.type === type && op.state === state);
}

function step(
  name: ChecklistStepName,
  facts: Partial<Record<ChecklistFactName, boolean | null>>,
  doneAt: number | null = null,
): ChecklistStep {
  const list = Object.entries(facts).map(([fact, done]) => ({ fact: fact as ChecklistFactName, done }));
  const done = list.every((fact) => fact.done === true);
  return { step: name, state: done ? 'done' : 'todo', facts: list, doneAt: done ? iso(doneAt) : null };
}

/**
 * The seed's steps from the test profile to the live one (domain §8), each done when the
 * gateway's facts say so. Only orders that came through the payment page count: the generated
 * history of a test profile proves nothing about the shop's integration.
 */
export function deriveChecklist(facts: ChecklistFacts): ChecklistStep[] {
  const signed = facts.visits.find((visit) => visit.source === 'shop-form' && visit.signed);
  const { orders } = facts;
  const request = facts.switchRequest;
  const switchStep = step(
    'switch',
    { requested: request.state !== 'not-requested', reviewed: request.state === 'approved' },
    request.approvedAt === null ? null : Date.parse(request.approvedAt),
  );
  return [
    step('test-profile', {}),
    step('form-integrated', { 'signed-request': signed !== undefined }, signed?.at ?? null),
    step('options-configured', {
      'return-urls': facts.returnUrls,
      'notification-url': facts.notificationUrl,
      'notification-delivered': facts.notificationDelivered,
    }),
    step('test-payments', {
      approved: orders.some((order) => !order.delay && has(order, OP.payment, 'S')),
      declined: orders.some((order) => has(order, OP.payment, 'F')),
      'two-stage-confirmed': orders.some((order) => order.delay && has(order, OP.confirmation, 'S')),
      refunded: orders.some((order) => has(order, OP.cancel, 'S')),
    }),
    step('contracts-signed', { contracts: facts.contracts.signed }, facts.contracts.at),
    request.state === 'in-review' ? { ...switchStep, state: 'waiting' } : switchStep,
  ];
}

/**
 * What the switch request waits for: the shop's own signed form, the four kinds of test payment
 * and the signed contracts. The options are the live profile's own business (they are set again
 * there) and a delivery log may not be connected, so they advise rather than block.
 */
const GATING: readonly ChecklistStepName[] = ['form-integrated', 'test-payments', 'contracts-signed'];

export function switchReady(steps: readonly ChecklistStep[]): boolean {
  return steps.filter((candidate) => GATING.includes(candidate.step)).every((candidate) => candidate.state === 'done');
}
