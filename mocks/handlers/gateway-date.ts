/**
 * Stamps an answer with the gateway's own time as its `Date` header, the way a real server
 * does: the cabinet learns its clock offset from it, so a test's frozen clock or a dev clock
 * moved with `__gateway.clock.advance(…)` moves the cabinet's "time left" too.
 */
export function withGatewayDate(response: Response, now: number): Response {
  // A network error (fault injection) has no headers to stamp, and they are immutable.
  if (response.type !== 'error') response.headers.set('Date', new Date(now).toUTCString());
  return response;
}
