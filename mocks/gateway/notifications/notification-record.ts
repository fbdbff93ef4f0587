import type { AttemptOutcome, NotificationAttempt, NotificationDetail, NotificationStatus } from '@/api/notifications';
import type { NotificationFacts } from './notification-message';

export interface AttemptRecord {
  /** Order among all the gateway's attempts: several may share a millisecond of a stopped clock. */
  sequence: number;
  at: number;
  trigger: NotificationAttempt['trigger'];
  url: string;
  requestBody: string;
  responseStatus: number | null;
  responseBody: string | null;
  durationMs: number;
  outcome: AttemptOutcome;
  error: string | null;
}

/** One notification and everything that happened to it; mutable, owned by the notifier. */
export interface NotificationRecord {
  id: string;
  profileId: string;
  facts: NotificationFacts;
  createdAt: number;
  /** Where and how the current round sends (taken from the settings when the round began). */
  url: string;
  protocol: 'POST' | 'SOAP';
  contentType: string;
  body: string;
  /** A round: the first attempt (event or resend) and its automatic retries. */
  roundStart: number;
  roundAttempts: number;
  roundTrigger: 'event' | 'manual';
  nextAttemptAt: number | null;
  status: NotificationStatus;
  attempts: AttemptRecord[];
}

const iso = (at: number) => new Date(at).toISOString();

export function toNotificationDetail(record: NotificationRecord): NotificationDetail {
  const last = record.attempts.at(-1);
  return {
    id: record.id,
    kind: record.facts.kind,
    billnumber: record.facts.billnumber,
    ordernumber: record.facts.ordernumber,
    orderstate: record.facts.orderstate,
    url: record.url,
    protocol: record.protocol,
    createdAt: iso(record.createdAt),
    status: record.status,
    attemptCount: record.attempts.length,
    lastAttemptAt: last ? iso(last.at) : null,
    nextAttemptAt: record.nextAttemptAt === null ? null : iso(record.nextAttemptAt),
    attempts: record.attempts.map(({ sequence: _sequence, ...attempt }, index) => ({
      number: index + 1,
      ...attempt,
      at: iso(attempt.at),
    })),
  };
}
