/**
 * Money inside the gateway is an integer count of minor units (kopecks, cents): a safe
 * JavaScript integer, since the wire allows at most 15 digits (< 2^53). Decimal strings exist
 * only at the edges; no float ever holds an amount.
 */
export type Minor = number;

const INPUT = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "1234.50" or "1234.5" or "1234" → 123450. Throws on anything else. */
export function toMinor(text: string): Minor {
  const match = INPUT.exec(text);
  if (!match) throw new RangeError(`not an amount: ${JSON.stringify(text)}`);
  const whole = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return whole * 100 + Number(fraction);
}

/** 123450 → "1234.50", the wire format. */
export function fromMinor(minor: Minor): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`not a minor amount: ${minor}`);
  const text = String(minor).padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/**
 * Converts an amount by a decimal rate string ("92.4512") with integer arithmetic only:
 * the rate becomes a scaled integer, and the product is rounded half up. BigInt because
 * amount × scaled rate can exceed 2^53.
 */
export function convert(minor: Minor, rate: string): Minor {
  const match = /^(\d+)\.(\d+)$/.exec(rate);
  if (!match) throw new RangeError(`not a rate: ${rate}`);
  const decimals = match[2]!.length;
  const scaled = BigInt(`${match[1]}${match[2]}`);
  const scale = 10n ** BigInt(decimals);
  const product = BigInt(minor) * scaled;
  return Number((product * 2n + scale) / (scale * 2n));
}

/** floor(minor × numerator / denominator) without overflow: used for proportional shares. */
export function share(minor: Minor, numerator: Minor, denominator: Minor): Minor {
  if (denominator <= 0) return 0;
  return Number((BigInt(minor) * BigInt(numerator)) / BigInt(denominator));
}
