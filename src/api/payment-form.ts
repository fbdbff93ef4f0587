import { z } from 'zod';
import { Currency } from './common';
import type { ProfileMode } from './session';

/**
 * The shop's HTML form that sends the buyer to the gateway's payment page (domain §8). The
 * field names are the gateway's own; the integration helper writes the form from this list and
 * the payment page reads it with this schema. Test and live profiles are served at different
 * addresses, as the real test server and the live one are.
 */
export const PAYMENT_PAGE_PATHS: { readonly [M in ProfileMode]: string } = {
  test: '/test/pay/order',
  live: '/pay/order',
};

/** A form sends "" for a field left empty: that is the field not given. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const ReturnUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((text) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text), 'url-absolute');

export const PaymentRequestForm = z.object({
  Merchant_ID: z
    .string()
    .trim()
    .regex(/^\d{1,12}$/, 'merchant-id'),
  OrderNumber: z.string().trim().min(1).max(128),
  /** As the shop sent it: the check value is computed over this very text. */
  OrderAmount: z
    .string()
    .trim()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, 'amount')
    .refine((text) => /[1-9]/.test(text), 'amount-positive'),
  OrderCurrency: optional(Currency),
  /** 1: two-stage (hold, confirm later); 0: one-stage; absent: the profile's default. */
  Delay: optional(z.enum(['0', '1'])),
  URL_RETURN_OK: optional(ReturnUrl),
  URL_RETURN_NO: optional(ReturnUrl),
  Lastname: optional(z.string().trim().max(70)),
  Firstname: optional(z.string().trim().max(70)),
  Middlename: optional(z.string().trim().max(70)),
  Email: optional(z.email().max(128)),
  MobilePhone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?\d{5,20}$/, 'phone'),
  ),
  OrderComment: optional(z.string().max(4000)),
  Checkvalue: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9A-Fa-f]{32}$/, 'checkvalue'),
  ),
});
export type PaymentRequestForm = z.infer<typeof PaymentRequestForm>;

/** Field names in the order the helper writes them. */
export const PAYMENT_FORM_FIELDS = Object.keys(PaymentRequestForm.shape) as (keyof PaymentRequestForm)[];
