import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
function totpOf(secret: string, login: string): TOTP {
  return new TOTP({
    issuer: 'Полка · кабинет',
    label: login,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, login: string): string {
  return totpOf(secret, login).toString();
}

/** One step either side, for clocks a little apart; the gateway's clock is the reference. */
export function totpValid(secret: string, login: string, code: string, now: number): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpOf(secret, login).validate({ token: code, timestamp: now, window: 1 }) !== null;
}
