import { hashPassword, passwordMatches } from './passwords';
import { recoveryCode } from './random';
import type { TotpState } from './users';

export const RECOVERY_CODE_COUNT = 10;

/** Ten fresh codes: shown once, kept only as digests. */
export function newRecoveryCodes(): { codes: string[]; hashes: TotpState['recoveryCodes'] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCode());
  return { codes, hashes: codes.map((code) => hashPassword(code)) };
}

/** Spends a recovery code: true once per code, never again. */
export function spendRecoveryCode(totp: TotpState, code: string): boolean {
  const normalized = code.trim().toLowerCase();
  const index = totp.recoveryCodes.findIndex((hash) => passwordMatches(normalized, hash));
  if (index < 0) return false;
  totp.recoveryCodes.splice(index, 1);
  return true;
}
