/**
 * The client's address as the gateway would log it: the first X-Forwarded-For entry (the
 * original client behind proxies), else loopback, since msw and the local server see no socket.
 */
export function clientIp(request: Request): string {
  const first = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
  return first ? first : '127.0.0.1';
}
