import { originNotAllowed } from './http-problems';

/**
 * Cross-origin calls to the API, for the origins given by `--allow-origin` only (a vite dev
 * server pointed here by VITE_API_BASE_URL). Never "*": the allowed origin is echoed, with
 * credentials allowed, so a session cookie and its X-CSRF-Token header can travel too.
 */
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, X-CSRF-Token';
const ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
// The export's file name and row count, and the gateway's time, must be readable by the cabinet.
const EXPOSE_HEADERS = 'Content-Disposition, X-Total-Count, Date';

export type AllowedOrigins = ReadonlySet<string>;

/** "http://localhost:5173,https://cabinet.example" → a set; trailing slashes do not count. */
export function parseOrigins(list: string): AllowedOrigins {
  return new Set(
    list
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter((origin) => origin !== ''),
  );
}

/** Headers for an actual request: the CORS grant when its Origin is allowed, else none. */
export function corsHeaders(origin: string | undefined, allowed: AllowedOrigins): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin === undefined || !allowed.has(origin)) return headers;
  return {
    ...headers,
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': EXPOSE_HEADERS,
  };
}

/** The answer to OPTIONS: a preflight from an allowed origin, or a plain list of methods. */
export function preflight(origin: string | undefined, allowed: AllowedOrigins): Response {
  if (origin === undefined) return new Response(null, { status: 204, headers: { Allow: ALLOW_METHODS } });
  if (!allowed.has(origin)) return originNotAllowed(origin);
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin, allowed),
      'Access-Control-Allow-Methods': ALLOW_METHODS,
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    },
  });
}
