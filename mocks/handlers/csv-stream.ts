/**
 * Text chunks as a byte stream pulled on demand: each read produces the next chunk, so a slow
 * reader holds back the producer and memory stays at one chunk whatever the row count.
 */
export function pullStream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
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
