import { MAX_PERIOD_DAYS, type OrderFilters } from '@/api/orders';
import { DAY } from './clock';
import { FIRSTCODE, GatewayError } from './errors';

/** The second code the gateway gives an interval that is too large (docs/domain.md §6). */
const INTERVAL_TOO_LARGE = 4;

/**
 * Monitoring covers 1.5 years (docs/domain.md §4): a period longer than that is refused rather
 * than silently cut. An open end is now; an open start is the monitoring window itself, so
 * only a period with a start can be too long. A full order number ignores the period (§7).
 */
export function checkPeriod(filters: OrderFilters, now: number): void {
  if (filters.from === undefined) return;
  if (filters.ordernumber !== undefined && !filters.ordernumber.includes('%')) return;
  const from = Date.parse(filters.from);
  const to = filters.to === undefined ? Math.max(now, from) : Date.parse(filters.to);
  if (to - from <= MAX_PERIOD_DAYS * DAY) return;
  throw new GatewayError({
    code: 'period-too-long',
    status: 422,
    firstcode: FIRSTCODE.badValue,
    secondcode: INTERVAL_TOO_LARGE,
    field: 'from',
    message: `Период мониторинга — не больше полутора лет (${MAX_PERIOD_DAYS} дней)`,
  });
}
