import * as z from 'zod/mini';
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
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)),
    z.optional(schema),
  );

const ReturnUrl = z.string().check(
  z.trim(),
  z.maxLength(2000),
  z.refine((text) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text), 'url-absolute'),
);

export const PaymentRequestForm = z.object({
  Merchant_ID: z.string().check(z.trim(), z.regex(/^\d{1,12}$/, 'merchant-id')),
  OrderNumber: z.string().check(z.trim(), z.minLength(1), z.maxLength(128)),
  /** As the shop sent it: the check value is computed over this very text. */
  OrderAmount: z.string().check(
    z.trim(),
    z.regex(/^\d{1,13}(\.\d{1,2})?$/, 'amount'),
    z.refine((text) => /[1-9]/.test(text), 'amount-positive'),
  ),
  OrderCurrency: optional(Currency),
  /** 1: two-stage (hold, confirm later); 0: one-stage; absent: the profile's default. */
  Delay: optional(z.enum(['0', '1'])),
  URL_RETURN_OK: optional(ReturnUrl),
  URL_RETURN_NO: optional(ReturnUrl),
  Lastname: optional(z.string().check(z.trim(), z.maxLength(70))),
  Firstname: optional(z.string().check(z.trim(), z.maxLength(70))),
  Middlename: optional(z.string().check(z.trim(), z.maxLength(70))),
  Email: optional(z.email().check(z.maxLength(128))),
  MobilePhone: optional(z.string().check(z.trim(), z.regex(/^\+?\d{5,20}$/, 'phone'))),
  OrderComment: optional(z.string().check(z.maxLength(4000))),
  Checkvalue: optional(z.string().check(z.trim(), z.regex(/^[0-9A-Fa-f]{32}$/, 'checkvalue'))),
});
export type PaymentRequestForm = z.infer<typeof PaymentRequestForm>;

/** Field names in the order the helper writes them. */
export const PAYMENT_FORM_FIELDS = Object.keys(PaymentRequestForm.shape) as (keyof PaymentRequestForm)[];
