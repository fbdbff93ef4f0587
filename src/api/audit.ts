import * as z from 'zod/mini';
import { emptyAsAbsent, Instant, ProfileId, queryNumber } from './common';

export const AUDIT_OUTCOMES = ['applied', 'replayed', 'refused', 'locked'] as const;
export const AuditOutcome = z.enum(AUDIT_OUTCOMES).register(z.globalRegistry, { id: 'AuditOutcome' });
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** One entry of the append-only audit log: who did what, when, from where, with what outcome. */
export const AuditEntry = z
  .object({
    id: z.string(),
    at: Instant,
    /** The acting user (for a sign-in: the login as typed). */
    user: z.string(),
    ip: z.string(),
    action: z.string(),
    outcome: AuditOutcome,
    /** The refusal's code, when refused or locked. */
    code: z.nullable(z.string()),
    profileId: z.nullable(ProfileId),
    /** What was acted on: an order's billnumber, a user's login, an endpoint. */
    object: z.nullable(z.string()),
    amount: z.nullable(z.string()),
    currency: z.nullable(z.string()),
    /** Before → after for changes (secrets masked), or other detail. */
    detail: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditFilters = z.strictObject({
  user: emptyAsAbsent(z.string().check(z.maxLength(64))),
  action: emptyAsAbsent(z.string().check(z.maxLength(40))),
  outcome: emptyAsAbsent(AuditOutcome),
  object: emptyAsAbsent(z.string().check(z.maxLength(64))),
  from: emptyAsAbsent(Instant),
  to: emptyAsAbsent(Instant),
});
export type AuditFilters = z.infer<typeof AuditFilters>;

export const AuditQuery = z
  .strictObject({
    ...AuditFilters.shape,
    page: queryNumber(100_000, 1),
    pageSize: queryNumber(200, 50),
  })
  .register(z.globalRegistry, { id: 'AuditQuery' });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z
  .object({ items: z.array(AuditEntry), total: z.int(), page: z.int(), pageSize: z.int() })
  .register(z.globalRegistry, { id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditList = z.object({ items: z.array(AuditEntry) }).register(z.globalRegistry, { id: 'AuditList' });
export type AuditList = z.infer<typeof AuditList>;
