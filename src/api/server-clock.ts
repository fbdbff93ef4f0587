/**
 * The gateway's clock as the cabinet sees it. Deadlines ("time left", "urgent", presets such as
 * "today") are the gateway's, so they are measured against its time, not the PC's: a merchant
 * whose PC clock is wrong still sees the right deadline. The offset is learned from the `Date`
 * header of every API answer (see client.ts); until the first answer it is zero.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

/** The header is to the second, so a smaller difference is its rounding, not a clock moving. */
const RESOLUTION_MS = 1_000;
/**
 * Countdowns show minutes: a drift of seconds waits for their next tick, only a jump (the
 * gateway's clock set or moved) redraws them at once.
 */
const JUMP_MS = 60_000;

/** Epoch milliseconds on the gateway's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** How far the gateway's clock is ahead of this machine's (negative: behind). */
export function serverClockOffset(): number {
  return offsetMs;
}

/** Takes the gateway's time from an answer's `Date` header; a missing or broken one is ignored. */
export function learnServerTime(dateHeader: string | null, receivedAt: number = Date.now()): void {
  if (!dateHeader) return;
  const serverTime = Date.parse(dateHeader);
  if (!Number.isFinite(serverTime)) return;
  const next = serverTime - receivedAt;
  const change = Math.abs(next - offsetMs);
  if (change < RESOLUTION_MS) return;
  offsetMs = next;
  if (change >= JUMP_MS) for (const listener of listeners) listener();
}

/** Calls `listener` when the offset jumps (the gateway's clock was set or moved). */
export function subscribeServerClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets what was learned: a new gateway (a test's fresh one) may keep another time. */
export function resetServerClock(): void {
  offsetMs = 0;
}
