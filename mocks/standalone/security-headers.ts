/**
 * Sent with everything the standalone server answers (README, "Serving the build"). The
 * cabinet runs no inline script; MUI's styles are injected at run time, hence inline styles.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * The same headers with the policy only reported, never enforced: for a benchmark harness that
 * polls the page with eval'd predicates (`npm run gateway -- --csp-report-only`). Nothing else
 * changes, so a measured page still runs exactly what production runs.
 */
export function reportOnlySecurityHeaders(): Readonly<Record<string, string>> {
  const { 'Content-Security-Policy': policy, ...others } = SECURITY_HEADERS;
  return { 'Content-Security-Policy-Report-Only': policy!, ...others };
}

/** Every API answer names a user, an order or a token: none may be kept by a cache. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
};
