import type { Right } from '@/api/rights';

/** Whether the signed-in user holds a right. Rights are granted one by one (domain §7). */
export function can(session: { user: { rights: readonly Right[] } } | null | undefined, right: Right): boolean {
  return session?.user.rights.includes(right) ?? false;
}
