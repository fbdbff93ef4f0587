import { z } from 'zod';
import { Instant, ProfileId } from './common';
import { Billnumber } from './orders';

/**
 * Result notifications the gateway sends to the shop (domain §9) and what became of each: the
 * delivery log. A notification is one message (an event of an order, or a test); each time the
 * gateway sends it is an attempt.
 */

export const NOTIFICATION_KINDS = ['payment', 'confirmation', 'cancel', 'test'] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS).meta({ id: 'NotificationKind' });
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * `failing`: no answer yet, another attempt is scheduled; `given-up`: eight attempts without an
 * answer; `refused`: the shop answered with an error (the gateway does not retry that).
 */
export const NOTIFICATION_STATUSES = ['pending', 'delivered', 'failing', 'given-up', 'refused'] as const;
export const NotificationStatus = z.enum(NOTIFICATION_STATUSES).meta({ id: 'NotificationStatus' });
export type NotificationStatus = z.infer<typeof NotificationStatus>;

/** What a resend of "all failed" picks up: every status that did not end in a delivery. */
export const FAILED_STATUSES: readonly NotificationStatus[] = ['failing', 'given-up', 'refused'];

export const ATTEMPT_OUTCOMES = ['delivered', 'no-answer', 'error-answer'] as const;
export const AttemptOutcome = z.enum(ATTEMPT_OUTCOMES).meta({ id: 'AttemptOutcome' });
export type AttemptOutcome = z.infer<typeof AttemptOutcome>;

export const NotificationAttempt = z
  .object({
    /** 1-based within the notification. */
    number: z.number().int().min(1),
    at: Instant,
    /** `manual`: a resend or a test notification asked for in the cabinet. */
    trigger: z.enum(['event', 'retry', 'manual']),
    url: z.string(),
    requestBody: z.string(),
    /** null when nothing came back (timeout, connection refused). */
    responseStatus: z.number().int().nullable(),
    responseBody: z.string().nullable(),
    durationMs: z.number().int().min(0),
    outcome: AttemptOutcome,
    /** Why there was no answer, e.g. "timeout after 10000 ms", "connection refused". */
    error: z.string().nullable(),
  })
  .meta({ id: 'NotificationAttempt' });
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
    attemptCount: z.number().int().min(0),
    lastAttemptAt: Instant.nullable(),
    /** When the next automatic attempt is due (gateway clock), while failing. */
    nextAttemptAt: Instant.nullable(),
  })
  .meta({ id: 'NotificationSummary' });
export type NotificationSummary = z.infer<typeof NotificationSummary>;

export const NotificationDetail = NotificationSummary.extend({
  attempts: z.array(NotificationAttempt),
}).meta({ id: 'NotificationDetail' });
export type NotificationDetail = z.infer<typeof NotificationDetail>;

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const NotificationFilters = z
  .object({
    status: z.preprocess(emptyToUndefined, NotificationStatus.optional()),
    from: z.preprocess(emptyToUndefined, Instant.optional()),
    to: z.preprocess(emptyToUndefined, Instant.optional()),
    /** An order's billnumber or the shop's order number, exact. */
    order: z.preprocess(emptyToUndefined, z.string().trim().max(64).optional()),
  })
  .strict();
export type NotificationFilters = z.infer<typeof NotificationFilters>;

export const NotificationQuery = NotificationFilters.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
})
  .strict()
  .meta({ id: 'NotificationQuery' });
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationPage = z
  .object({
    items: z.array(NotificationDetail),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'NotificationPage' });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationList = z.object({ items: z.array(NotificationDetail) }).meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof NotificationList>;

/** Whether deliveries to the shop keep failing: what the cabinet's warning shows. */
export const DeliveryHealth = z
  .object({
    /** Attempts in a row, latest first, that got no acknowledgement. */
    consecutiveFailures: z.number().int().min(0),
    /** The first of those failed attempts. */
    failingSince: Instant.nullable(),
    /** Notifications not delivered (failing, given up, refused). */
    undelivered: z.number().int().min(0),
    /** The warning is due: deliveries keep failing. */
    warning: z.boolean(),
  })
  .meta({ id: 'DeliveryHealth' });
export type DeliveryHealth = z.infer<typeof DeliveryHealth>;

/** Resend every failed notification created in the period. */
export const ResendFailedRequest = z
  .object({ from: Instant, to: Instant })
  .refine((period) => Date.parse(period.from) <= Date.parse(period.to), { message: 'period-order', path: ['to'] })
  .meta({ id: 'ResendFailedRequest' });
export type ResendFailedRequest = z.infer<typeof ResendFailedRequest>;

export const ResendFailedResult = z
  .object({ resent: z.number().int().min(0), delivered: z.number().int().min(0) })
  .meta({ id: 'ResendFailedResult' });
export type ResendFailedResult = z.infer<typeof ResendFailedResult>;

export const NotificationProfileParams = z.object({ profileId: ProfileId });
export const NotificationParams = z.object({
  profileId: ProfileId,
  notificationId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
});
export const OrderNotificationParams = z.object({
  profileId: ProfileId,
  billnumber: Billnumber,
});
