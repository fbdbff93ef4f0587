/**
 * Codes the processing centre would hand out (approval codes, ARNs), derived from the
 * operation's identity by a hash instead of a random source: the same order always gets the
 * same codes, whatever else happened before, so seeds and tests stay reproducible.
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function approvalCode(extendedBillnumber: string): string {
  return fnv1a(`ac:${extendedBillnumber}`).toString(36).toUpperCase().padStart(6, '0').slice(-6);
}

/** Acquirer reference number: 23 digits. */
export function arnFor(extendedBillnumber: string): string {
  const a = String(fnv1a(`arn1:${extendedBillnumber}`)).padStart(10, '0');
  const b = String(fnv1a(`arn2:${extendedBillnumber}`)).padStart(10, '0');
  return `745${a}${b}`.slice(0, 23);
}

/** A small deterministic spread (0 ≤ n < modulo) for latencies and the like. */
export function spread(key: string, modulo: number): number {
  return fnv1a(key) % modulo;
}
