import { AccessError } from './access-error';
import type { AccessEvents } from './access-events';
import type { AccessState } from './access-state';
import { newRecoveryCodes } from './recovery-codes';
import type { SessionRecord } from './sessions';
import { newTotpSecret, totpUri, totpValid } from './totp';
import type { UserRecord } from './users';

interface Who {
  session: SessionRecord;
  user: UserRecord;
}

function codeInvalid(): AccessError {
  return new AccessError({ code: 'code-invalid', status: 422, field: 'code', message: 'Код не подходит' });
}

/** Enrolling and removing a user's TOTP second factor (RFC 6238). */
export function createTotpEnrolment(state: AccessState, events: AccessEvents) {
  const emit = ({ user, session }: Who, action: string, outcome: 'applied' | 'refused' = 'applied') =>
    events.emit({ action, outcome, login: user.login, ip: session.ip, target: user.login });

  return {
    start({ user }: Who): { secret: string; uri: string } {
      if (user.totp) {
        throw new AccessError({ code: 'validation', status: 409, message: 'Второй фактор уже подключён' });
      }
      user.pendingTotpSecret = newTotpSecret();
      state.save();
      return { secret: user.pendingTotpSecret, uri: totpUri(user.pendingTotpSecret, user.login) };
    },
    confirm(who: Who, code: string): string[] {
      const { user } = who;
      const secret = user.pendingTotpSecret;
      if (!secret) {
        throw new AccessError({ code: 'validation', status: 409, message: 'Сначала начните подключение' });
      }
      if (!totpValid(secret, user.login, code, state.clock.now())) {
        emit(who, 'totp-enable', 'refused');
        throw codeInvalid();
      }
      const recovery = newRecoveryCodes();
      user.totp = { secret, recoveryCodes: recovery.hashes };
      user.pendingTotpSecret = null;
      state.save();
      emit(who, 'totp-enable');
      return recovery.codes;
    },
    disable(who: Who, code: string): void {
      const { user } = who;
      if (!user.totp) return;
      if (state.security.requireTotp) {
        throw new AccessError({
          code: 'validation',
          status: 409,
          message: 'Второй фактор обязателен для всех пользователей',
        });
      }
      if (!totpValid(user.totp.secret, user.login, code, state.clock.now())) {
        emit(who, 'totp-disable', 'refused');
        throw codeInvalid();
      }
      user.totp = null;
      state.save();
      emit(who, 'totp-disable');
    },
  };
}

export type TotpEnrolmentService = ReturnType<typeof createTotpEnrolment>;
