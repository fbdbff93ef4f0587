import { brokenPasswordRules } from '@/api/credentials';
import { AccessError } from './access-error';
import { hashPassword, passwordMatches } from './passwords';
import { PASSWORD_HISTORY, type UserRecord } from './users';

/** A new password: the rules of domain §7 and none of the last three. */
export function checkNewPassword(user: UserRecord, password: string): void {
  if (brokenPasswordRules(password).length > 0) {
    throw new AccessError({
      code: 'validation',
      status: 422,
      field: 'newPassword',
      message: 'Пароль: 8–20 символов, латинские заглавные и строчные буквы и цифры',
    });
  }
  if (user.passwords.slice(0, PASSWORD_HISTORY).some((hash) => passwordMatches(password, hash))) {
    throw new AccessError({
      code: 'password-reused',
      status: 422,
      field: 'newPassword',
      message: 'Этот пароль уже был среди трёх последних',
    });
  }
}

export function setPassword(user: UserRecord, password: string): void {
  user.passwords = [hashPassword(password), ...user.passwords].slice(0, PASSWORD_HISTORY);
}
