import type { EndpointDef } from '@/api/endpoints';
import type { Authenticated } from '../gateway/access/access';
import { AccessError, missingRight } from '../gateway/access/access-error';
import type { Gateway } from '../gateway/gateway';
import { FIRSTCODE } from '../gateway/errors';
import { accessProblem } from './problems';
import { clearedSessionCookie, CSRF_HEADER } from './session-cookie';
import { sameText } from '../gateway/access/passwords';
import { clientIp } from './client-ip';

type Checked = { ok: true; auth: Authenticated | null } | { ok: false; response: Response };

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function unauthenticated(): AccessError {
  return new AccessError({
    code: 'unauthenticated',
    status: 401,
    firstcode: FIRSTCODE.authentication,
    message: 'Войдите заново: сессия отсутствует или истекла',
  });
}

/**
 * Why this session may not call this endpoint, or null. Read from the endpoint table alone
 * (`auth`, `right`, `openDuringSetup`), so every endpoint is guarded the same way and a new one
 * is guarded by declaring its right.
 */
function refusalOf(def: EndpointDef, request: Request, auth: Authenticated, gateway: Gateway): AccessError | null {
  const csrf = request.headers.get(CSRF_HEADER);
  if (!SAFE_METHODS.has(def.method) && (csrf === null || !sameText(csrf, auth.session.csrfToken))) {
    return new AccessError({
      code: 'csrf-token-invalid',
      status: 403,
      message: 'Запрос без CSRF-токена этой сессии отклонён',
    });
  }
  const pending = gateway.access.info(auth).user.pending;
  if (pending !== null && !def.openDuringSetup) {
    return new AccessError({
      code: pending === 'password-change' ? 'password-change-required' : 'totp-enrolment-required',
      status: 403,
      message: pending === 'password-change' ? 'Сначала смените временный пароль' : 'Сначала подключите второй фактор',
    });
  }
  if (def.right !== undefined && !auth.user.rights.includes(def.right)) return missingRight(def.right);
  return null;
}

/**
 * Session and rights of one request: 401 without a live session (the stale cookie is cleared),
 * 403 without the CSRF token on a state-changing call, with a pending first-sign-in step, or
 * without the endpoint's right. Sign-in itself never adopts the session a request brings.
 */
export function checkAccess(
  def: EndpointDef,
  request: Request,
  sessionIds: readonly string[],
  gateway: Gateway,
): Checked {
  if (!def.auth) return { ok: true, auth: null };
  const auth = sessionIds.reduce<Authenticated | null>((found, id) => found ?? gateway.access.authenticate(id), null);
  if (!auth) {
    const headers: Record<string, string> =
      sessionIds.length === 0 ? {} : { 'Set-Cookie': clearedSessionCookie(request) };
    return { ok: false, response: accessProblem(unauthenticated(), headers) };
  }
  const refusal = refusalOf(def, request, auth, gateway);
  if (!refusal) return { ok: true, auth };
  gateway.access.refused(auth, refusal, {
    endpoint: `${def.method} ${def.path}`,
    ip: clientIp(request),
  });
  return { ok: false, response: accessProblem(refusal) };
}
