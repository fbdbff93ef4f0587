import { DAY, HOUR, MINUTE } from './clock';
import { paymentCurrency } from './action-rules';
import { cancelOrder, type CancelRequest } from './cancel';
import { confirmOrder } from './confirm';
import { remainingOf } from './derive-state';
import { isGatewayError } from './errors';
import { advanceOrder } from './advance';
import type { CancelReason, OrderRecord } from './model';
import type { Actor } from './operations';
import type { Random } from './prng';
import type { DomainRules } from './settlement';

/** What the merchant does to a paid order later: a list of dated steps. */
interface Step {
  at: number;
  run: (order: OrderRecord, at: number) => void;
}

function merchant(random: Random): Actor {
  return {
    user: random.pick(['accountant', 'accountant', 'admin']),
    ip: `10.20.${random.int(0, 9)}.${random.int(2, 250)}`,
  };
}

function reason(random: Random): CancelReason {
  return random.weighted<CancelReason>([
    [1, 70],
    [2, 25],
    [3, 5],
  ]);
}

/** A share of what remains, computed when the step runs (earlier steps change the remainder). */
function partOfRemaining(order: OrderRecord, random: Random, minPct: number, maxPct: number): CancelRequest {
  const remaining = remainingOf(order.operations, order.delay, order.state);
  const amount = Math.max(1, Math.floor((remaining * random.int(minPct, maxPct)) / 100));
  return { amount, currency: paymentCurrency(order), reason: reason(random) };
}

function cancelSteps(random: Random, from: number): Step[] {
  const roll = random.next();
  if (roll < 0.06) {
    // Same day: usually a reversal; later: a refund after settlement.
    const at =
      from +
      (random.chance(0.4) ? random.int(20, 600) * MINUTE : random.int(1, 30) * DAY + random.int(0, 600) * MINUTE);
    return [{ at, run: (order, when) => cancelOrder(order, { reason: reason(random) }, when, merchant(random)) }];
  }
  if (roll < 0.12) {
    const steps: Step[] = [];
    let at = from;
    for (let k = random.int(1, 3); k > 0; k -= 1) {
      at += random.int(2, 240) * HOUR;
      steps.push({
        at,
        run: (order, when) => cancelOrder(order, partOfRemaining(order, random, 10, 40), when, merchant(random)),
      });
    }
    return steps;
  }
  return [];
}

/** Most confirmations come within a day; some near the 4-day deadline. */
function confirmDelay(random: Random): number {
  const band = random.weighted([
    ['day', 50],
    ['days', 30],
    ['late', 20],
  ] as const);
  if (band === 'day') return random.int(10, 24 * 60) * MINUTE;
  if (band === 'days') return random.int(24 * 60, 72 * 60) * MINUTE;
  return random.int(72 * 60, 95 * 60) * MINUTE;
}

function twoStageSteps(random: Random, paidAt: number, domain: DomainRules): Step[] {
  const roll = random.next();
  if (roll < 0.07) {
    const at = paidAt + random.int(30, 72 * 60) * MINUTE;
    return [{ at, run: (order, when) => cancelOrder(order, { reason: reason(random) }, when, merchant(random)) }];
  }
  // Left alone: the hold is reversed by "system" at the deadline.
  if (roll < 0.19) return [];
  const at = paidAt + confirmDelay(random);
  const partial = random.chance(0.2);
  const confirm: Step = {
    at,
    run: (order, when) => {
      const request = partial ? partOfRemaining(order, random, 50, 95) : {};
      confirmOrder(order, { amount: request.amount, currency: request.currency }, when, merchant(random), domain);
    },
  };
  return [confirm, ...cancelSteps(random, at)];
}

/**
 * Plays the merchant's later actions on an approved order, each at its own time, letting
 * settlement and deadlines happen in between exactly as the live gateway would. Steps in the
 * future (after `now`) have not happened yet and are skipped.
 */
export function playAfterApproval(
  order: OrderRecord,
  paidAt: number,
  now: number,
  random: Random,
  domain: DomainRules,
): void {
  const steps = order.delay ? twoStageSteps(random, paidAt, domain) : cancelSteps(random, paidAt);
  for (const step of steps) {
    if (step.at > now) break;
    advanceOrder(order, step.at);
    try {
      step.run(order, step.at);
    } catch (error) {
      // A step the state no longer allows (e.g. the deadline passed first) simply did not happen.
      if (!isGatewayError(error)) throw error;
    }
  }
}
