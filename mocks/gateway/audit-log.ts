import type { Currency } from '@/api/common';

/**
 * Who moved money, when, from where and with what result: every confirm or cancel the gateway
 * was asked for, refused ones and replays of an idempotency key included, for the audit screen.
 */
export interface AuditEntry {
  /** ISO 8601 UTC. */
  at: string;
  user: string;
  ip: string | null;
  profileId: string;
  billnumber: string;
  action: 'confirm' | 'cancel';
  /** What was asked for; null when the whole remaining amount was meant. */
  amount: string | null;
  currency: Currency | null;
  idempotencyKey: string | null;
  /** applied: money moved; replayed: a repeated key answered with the first result; refused: nothing moved. */
  outcome: 'applied' | 'replayed' | 'refused';
  /** The refusal's stable code. */
  code: string | null;
  /** Extended billnumbers of the operations the request created (none unless applied). */
  operations: string[];
}

export interface AuditLog {
  record(entry: AuditEntry): void;
  /** Entries of a profile, oldest first; copies, so a reader cannot rewrite history. */
  entries(profileId: string): AuditEntry[];
}

export function createAuditLog(): AuditLog {
  const byProfile = new Map<string, AuditEntry[]>();
  return {
    record(entry) {
      const list = byProfile.get(entry.profileId);
      const copy = { ...entry, operations: [...entry.operations] };
      if (list) list.push(copy);
      else byProfile.set(entry.profileId, [copy]);
    },
    entries: (profileId) =>
      (byProfile.get(profileId) ?? []).map((entry) => ({ ...entry, operations: [...entry.operations] })),
  };
}
