import * as z from 'zod/mini';
import './zod-setup';

/**
 * Wire primitives shared by every resource. Amounts are decimal strings with exactly two
 * decimals (the gateway's format, up to 15 digits): never a float on the wire.
 */
export const Amount = z
  .string()
  .check(z.regex(/^\d{1,13}\.\d{2}$/, 'amount: decimal string with two decimals, e.g. "1234.50"'))
  .register(z.globalRegistry, { id: 'Amount', examples: ['1234.50'] });
export type Amount = z.infer<typeof Amount>;

/** An amount typed by a person or a filter: decimals optional. */
export const AmountInput = z
  .string()
  .check(z.regex(/^\d{1,13}(\.\d{1,2})?$/, 'amount: up to 13 digits, optionally "." and 1–2 decimals'));

/** The languages people read the gateway's labels in: the cabinet's UI and the CSV export. */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CURRENCIES = ['RUB', 'USD', 'EUR', 'BYN', 'KZT'] as const;
export const Currency = z.enum(CURRENCIES).register(z.globalRegistry, { id: 'Currency' });
export type Currency = z.infer<typeof Currency>;

/** Instants on the wire are ISO 8601 in UTC (the gateway speaks GMT). */
export const Instant = z.iso
  .datetime({ offset: true })
  .register(z.globalRegistry, { id: 'Instant', examples: ['2026-11-28T07:17:30Z'] });
export type Instant = z.infer<typeof Instant>;

export const ProfileId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/, 'profileId: letters, digits, "-" or "_"'));

/** The path parameters of every endpoint under /profiles/{profileId}. */
export const ProfileParams = z.object({ profileId: ProfileId });

/** Form and query fields send "" for a value left empty: that is the field not given. */
export function emptyAsAbsent<T extends z.ZodMiniType>(schema: T) {
  return z.optional(
    z.pipe(
      z.transform((value: unknown) => (value === '' ? undefined : value)),
      z.optional(schema),
    ),
  );
}

/** A 1-based number in a query string (a page, a page size), read from its text, with its default. */
export function queryNumber(max: number, fallback: number) {
  return z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max)), fallback);
}
