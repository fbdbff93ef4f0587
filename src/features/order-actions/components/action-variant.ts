import type { ActionKind } from '../model/action-kind';
import type { Eligibility } from '../model/eligibility';

/** What the person is about to do, in their words: confirm, cancel (a reversal) or refund. */
export type ActionVariant = 'confirm' | 'reversal' | 'refund';

export function variantOf(kind: ActionKind, eligibility: Eligibility): ActionVariant {
  if (kind === 'confirm') return 'confirm';
  return eligibility.eligible && eligibility.limits.transaction === 'refund' ? 'refund' : 'reversal';
}
