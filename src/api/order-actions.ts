import * as z from 'zod/mini';
import { AmountInput, Currency } from './common';
import { Operation, OrderDetail } from './orders';

/** 1 declined by the shop (default), 2 declined by the customer, 3 fraud. */
export const CANCEL_REASONS = [1, 2, 3] as const;
export const CancelReason = z
  .union([z.literal(1), z.literal(2), z.literal(3)])
  .register(z.globalRegistry, { id: 'CancelReason' });
export type CancelReason = z.infer<typeof CancelReason>;

/** Amount and currency go together; neither means "the whole remaining amount". */
const amountNeedsCurrency: [
  (body: { amount?: string; currency?: string }) => boolean,
  { message: string; path: string[] },
] = [
  (body) => (body.amount === undefined) === (body.currency === undefined),
  { message: 'amount and currency go together', path: ['currency'] },
];

const partialAmount = { amount: z.optional(AmountInput), currency: z.optional(Currency) };
/** The same rule as the published document states it (JSON Schema `dependentRequired`). */
const together = { dependentRequired: { amount: ['currency'], currency: ['amount'] } };

export const ConfirmRequest = z
  .strictObject(partialAmount)
  .check(z.refine(...amountNeedsCurrency))
  .register(z.globalRegistry, { id: 'ConfirmRequest', ...together });
export type ConfirmRequest = z.infer<typeof ConfirmRequest>;

export const CancelRequest = z
  .strictObject({ ...partialAmount, reason: z.optional(CancelReason) })
  .check(z.refine(...amountNeedsCurrency))
  .register(z.globalRegistry, { id: 'CancelRequest', ...together });
export type CancelRequest = z.infer<typeof CancelRequest>;

/**
 * One key per intent (a dialog), so a double click, a retry after a timeout or a resend after a
 * lost answer is applied once: the gateway answers a repeated key with the first result.
 */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .check(z.regex(/^[A-Za-z0-9_-]{8,128}$/, 'Idempotency-Key: 8–128 letters, digits, "-" or "_"')),
});

export const OrderActionResult = z
  .object({
    order: OrderDetail,
    /** The operations this request created, e.g. a cancel and the bonus-points accrual cancel. */
    operations: z.array(Operation),
  })
  .register(z.globalRegistry, { id: 'OrderActionResult' });
export type OrderActionResult = z.infer<typeof OrderActionResult>;
