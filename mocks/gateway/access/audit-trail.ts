import type { AuditEntry, AuditFilters } from '@/api/audit';
import type { AuditEntry as MoneyEntry } from '../audit-log';
import type { Clock } from '../clock';
import type { AccessEvent, AccessEvents } from './access-events';

export interface TrailEvent extends AccessEvent {
  profileId?: string;
}

/**
 * The access side of the audit log: sign-ins, user and rights changes, exports, refusals. Only
 * appended to; nothing edits or removes an entry, and readers get copies.
 */
export interface AuditTrail extends AccessEvents {
  emit(event: TrailEvent): void;
  entries(): AuditEntry[];
}

export function createAuditTrail(clock: Clock): AuditTrail {
  const entries: AuditEntry[] = [];
  return {
    emit(event) {
      entries.push(
        Object.freeze({
          id: `a${entries.length + 1}`,
          at: new Date(clock.now()).toISOString(),
          user: event.login,
          ip: event.ip,
          action: event.action,
          outcome: event.outcome,
          code: event.code ?? null,
          profileId: event.profileId ?? null,
          object: event.target ?? null,
          amount: null,
          currency: null,
          detail: event.detail ?? null,
        }),
      );
    },
    entries: () => entries.map((entry) => ({ ...entry })),
  };
}

/** A money action of the gateway's own log in the audit log's shape. */
export function moneyEntry(entry: MoneyEntry, index: number): AuditEntry {
  return {
    id: `m${entry.profileId}-${index + 1}`,
    at: new Date(entry.at).toISOString(),
    user: entry.user,
    ip: entry.ip ?? '',
    action: entry.action,
    outcome: entry.outcome,
    code: entry.code,
    profileId: entry.profileId,
    object: entry.billnumber,
    amount: entry.amount,
    currency: entry.currency,
    detail: entry.operations.length > 0 ? entry.operations.join(', ') : null,
  };
}

function contains(value: string | null, part: string): boolean {
  return value !== null && value.toLowerCase().includes(part.toLowerCase());
}

/** Entries matching the filters (each optional; text filters match a part, case aside). */
export function filterAudit(entries: readonly AuditEntry[], filters: AuditFilters): AuditEntry[] {
  const from = filters.from === undefined ? -Infinity : Date.parse(filters.from);
  const to = filters.to === undefined ? Infinity : Date.parse(filters.to);
  return entries.filter((entry) => {
    const at = Date.parse(entry.at);
    return (
      at >= from &&
      at <= to &&
      (filters.user === undefined || contains(entry.user, filters.user)) &&
      (filters.action === undefined || entry.action === filters.action) &&
      (filters.outcome === undefined || entry.outcome === filters.outcome) &&
      (filters.object === undefined || contains(entry.object, filters.object))
    );
  });
}
