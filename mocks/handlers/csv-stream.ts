/**
 * A turn of the event loop (Node), so the server hears other requests, and a reader going
 * away, between two chunks. A reader on a fast socket pulls chunk after chunk in one run of
 * microtasks: without this, one long export held every other request until it was done. The
 * mock in the page has no such loop to share and goes on at once.
 */
const nextTurn = (): Promise<void> =>
  typeof setImmediate === 'function' ? new Promise((resolve) => setImmediate(resolve)) : Promise.resolve();

/**
 * Text chunks as a byte stream pulled on demand: each read produces the next chunk, so a slow
 * reader holds back the producer and memory stays at one chunk whatever the row count.
 */
export function pullStream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!first) await nextTurn();
        first = false;
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      cancel() {
        chunks.return?.();
      },
    },
    // One chunk ahead at most.
    { highWaterMark: 1 },
  );
}
