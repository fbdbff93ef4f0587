import type { Right, SessionInfo } from '@/api/session';

/** Whether the signed-in user holds a right. Rights are granted one by one (domain §7). */
export function can(session: Pick<SessionInfo, 'user'> | null | undefined, right: Right): boolean {
  return session?.user.rights.includes(right) ?? false;
}
