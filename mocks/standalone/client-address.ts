import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The address operations and the audit record: the socket's, since a client may write any
 * X-Forwarded-For it likes. Only when the socket is a proxy named by `--trust-proxy` is its
 * X-Forwarded-For believed, read from the right (each trusted hop vouches for the one before
 * it) up to the first address that is not a trusted proxy; a malformed entry ends the walk.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: ReadonlySet<string>): string {
  let address = plain(req.socket.remoteAddress ?? '127.0.0.1');
  if (!trustedProxies.has(address)) return address;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0 && trustedProxies.has(address); i -= 1) {
    const hop = plain(hops[i]!);
    if (isIP(hop) === 0) break;
    address = hop;
  }
  return address;
}
