import * as z from 'zod/mini';
import { emptyAsAbsent, Instant, ProfileId, queryNumber } from './common';
import { Billnumber } from './orders';

/**
 * Result notifications the gateway sends to the shop (domain §9) and what became of each: the
 * delivery log. A notification is one message (an event of an order, or a test); each time the
 * gateway sends it is an attempt.
 */

export const NOTIFICATION_KINDS = ['payment', 'confirmation', 'cancel', 'test'] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS).register(z.globalRegistry, { id: 'NotificationKind' });
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * `failing`: no answer yet, another attempt is scheduled; `given-up`: eight attempts without an
 * answer; `refused`: the shop answered with an error (the gateway does not retry that).
 */
export const NOTIFICATION_STATUSES = ['pending', 'delivered', 'failing', 'given-up', 'refused'] as const;
export const NotificationStatus = z
  .enum(NOTIFICATION_STATUSES)
  .register(z.globalRegistry, { id: 'NotificationStatus' });
export type NotificationStatus = z.infer<typeof NotificationStatus>;

/** What a resend of "all failed" picks up: every status that did not end in a delivery. */
export const FAILED_STATUSES: readonly NotificationStatus[] = ['failing', 'given-up', 'refused'];

export const ATTEMPT_OUTCOMES = ['delivered', 'no-answer', 'error-answer'] as const;
export const AttemptOutcome = z.enum(ATTEMPT_OUTCOMES).register(z.globalRegistry, { id: 'AttemptOutcome' });
export type AttemptOutcome = z.infer<typeof AttemptOutcome>;

export const NotificationAttempt = z
  .object({
    /** 1-based within the notification. */
    number: z.int().check(z.minimum(1)),
    at: Instant,
    /** `manual`: a resend or a test notification asked for in the cabinet. */
    trigger: z.enum(['event', 'retry', 'manual']),
    url: z.string(),
    requestBody: z.string(),
    /** null when nothing came back (timeout, connection refused). */
    responseStatus: z.nullable(z.int()),
    responseBody: z.nullable(z.string()),
    durationMs: z.int().check(z.minimum(0)),
    outcome: AttemptOutcome,
    /** Why there was no answer, e.g. "timeout after 10000 ms", "connection refused". */
    error: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'NotificationAttempt' });
export type NotificationAttempt = z.infer<typeof NotificationAttempt>;

export const NotificationSummary = z
  .object({
    id: z.string(),
    kind: NotificationKind,
    billnumber: z.string(),
    ordernumber: z.string(),
    orderstate: z.string(),
    url: z.string(),
    protocol: z.enum(['POST', 'SOAP']),
    createdAt: Instant,
    status: NotificationStatus,
    attemptCount: z.int().check(z.minimum(0)),
    lastAttemptAt: z.nullable(Instant),
    /** When the next automatic attempt is due (gateway clock), while failing. */
    nextAttemptAt: z.nullable(Instant),
  })
  .register(z.globalRegistry, { id: 'NotificationSummary' });
export type NotificationSummary = z.infer<typeof NotificationSummary>;

export const NotificationDetail = z
  .extend(NotificationSummary, {
    attempts: z.array(NotificationAttempt),
  })
  .register(z.globalRegistry, { id: 'NotificationDetail' });
export type NotificationDetail = z.infer<typeof NotificationDetail>;

export const NotificationFilters = z.strictObject({
  status: emptyAsAbsent(NotificationStatus),
  from: emptyAsAbsent(Instant),
  to: emptyAsAbsent(Instant),
  /** An order's billnumber or the shop's order number, exact. */
  order: emptyAsAbsent(z.string().check(z.trim(), z.maxLength(64))),
});
export type NotificationFilters = z.infer<typeof NotificationFilters>;

export const NotificationQuery = z
  .strictObject({
    ...NotificationFilters.shape,
    page: queryNumber(100_000, 1),
    pageSize: queryNumber(200, 25),
  })
  .register(z.globalRegistry, { id: 'NotificationQuery' });
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationPage = z
  .object({
    items: z.array(NotificationDetail),
    total: z.int(),
    page: z.int(),
    pageSize: z.int(),
  })
  .register(z.globalRegistry, { id: 'NotificationPage' });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationList = z
  .object({ items: z.array(NotificationDetail) })
  .register(z.globalRegistry, { id: 'NotificationList' });
export type NotificationList = z.infer<typeof NotificationList>;

/** Whether deliveries to the shop keep failing: what the cabinet's warning shows. */
export const DeliveryHealth = z
  .object({
    /** Attempts in a row, latest first, that got no acknowledgement. */
    consecutiveFailures: z.int().check(z.minimum(0)),
    /** The first of those failed attempts. */
    failingSince: z.nullable(Instant),
    /** Notifications not delivered (failing, given up, refused). */
    undelivered: z.int().check(z.minimum(0)),
    /** The warning is due: deliveries keep failing. */
    warning: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'DeliveryHealth' });
export type DeliveryHealth = z.infer<typeof DeliveryHealth>;

/** Resend every failed notification created in the period. */
export const ResendFailedRequest = z
  .object({ from: Instant, to: Instant })
  .check(
    z.refine((period) => Date.parse(period.from) <= Date.parse(period.to), { message: 'period-order', path: ['to'] }),
  )
  .register(z.globalRegistry, { id: 'ResendFailedRequest' });
export type ResendFailedRequest = z.infer<typeof ResendFailedRequest>;

export const ResendFailedResult = z
  .object({ resent: z.int().check(z.minimum(0)), delivered: z.int().check(z.minimum(0)) })
  .register(z.globalRegistry, { id: 'ResendFailedResult' });
export type ResendFailedResult = z.infer<typeof ResendFailedResult>;

export const NotificationProfileParams = z.object({ profileId: ProfileId });
export const NotificationParams = z.object({
  profileId: ProfileId,
  notificationId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)),
});
export const OrderNotificationParams = z.object({
  profileId: ProfileId,
  billnumber: Billnumber,
});
