import { RIGHTS, type Right } from '@/api/rights';

/** What saving would change: the grants added and the grants taken away, in RIGHTS order. */
export function rightsChange(before: readonly Right[], after: readonly Right[]): { added: Right[]; removed: Right[] } {
  return {
    added: RIGHTS.filter((right) => after.includes(right) && !before.includes(right)),
    removed: RIGHTS.filter((right) => before.includes(right) && !after.includes(right)),
  };
}
