import type {
  DeliveryHealth,
  NotificationDetail,
  NotificationFilters,
  NotificationPage,
  NotificationQuery,
  ResendFailedResult,
} from '@/api/notifications';
import { FAILED_STATUSES } from '@/api/notifications';
import type { OrderDetail } from '@/api/orders';
import type { Clock } from '../clock';
import { FIRSTCODE, GatewayError, notFound } from '../errors';
import type { OrderEvent, OrderEvents } from '../order-events';
import type { SettingsStore } from '../settings/settings-store';
import { outcomeOf } from './acknowledgement';
import { deliveryHealth } from './delivery-health';
import { encodeMessage, factsOf, notificationFields, testFacts, type NotificationFacts } from './notification-message';
import { toNotificationDetail, type NotificationRecord } from './notification-record';
import { attemptDueAt } from './retry-schedule';
import { MAX_LOGGED_BODY, type NotificationTransport } from './transport';

export interface NotifierOptions {
  clock: Clock;
  settings: SettingsStore;
  orderEvents: OrderEvents;
  /** The order as it stands now (read when an event arrives). */
  orderOf: (profileId: string, billnumber: string) => OrderDetail;
  isTestProfile: (profileId: string) => boolean;
  transport: NotificationTransport;
  /** How long an attempt waits for the shop's answer (real milliseconds). */
  timeoutMs: number;
}

/** The gateway's result notifications: sent on events, retried on its clock, logged per profile. */
export interface Notifier {
  list(profileId: string, query: NotificationQuery): NotificationPage;
  ofOrder(profileId: string, billnumber: string): NotificationDetail[];
  health(profileId: string): DeliveryHealth;
  /** Sends a made-up approved order with the current settings (refused while no URL is set). */
  sendTest(profileId: string): Promise<NotificationDetail>;
  /** A new round for one notification, with the current URL, protocol and secret word. */
  resend(profileId: string, id: string): Promise<NotificationDetail>;
  resendFailed(profileId: string, period: { from: string; to: string }): Promise<ResendFailedResult>;
  /** Makes every attempt due by now on the gateway's clock, one after another. */
  processDue(): Promise<void>;
  /** Resolves once the attempts under way are done. */
  idle(): Promise<void>;
}

/** Results a shop that asked for "only successful ones" is not told about. */
const UNSUCCESSFUL_STATES: readonly string[] = ['Declined', 'Timeout', 'In Process'];

const truncate = (text: string) => (text.length > MAX_LOGGED_BODY ? `${text.slice(0, MAX_LOGGED_BODY)}…` : text);

export function createNotifier(options: NotifierOptions): Notifier {
  const { clock, settings, transport } = options;
  const byProfile = new Map<string, NotificationRecord[]>();
  let sequence = 0;
  let testSequence = 0;
  let attemptSequence = 0;
  // Attempts run one at a time, in the order they fell due, whoever asked for them.
  let chain: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work);
    chain = run.catch(() => undefined);
    return run;
  };

  const recordsOf = (profileId: string): NotificationRecord[] => {
    let records = byProfile.get(profileId);
    if (!records) {
      records = [];
      byProfile.set(profileId, records);
    }
    return records;
  };

  /** Starts a round with the settings and secret word as they are now. */
  const beginRound = (record: NotificationRecord, url: string, trigger: 'event' | 'manual') => {
    const { protocol } = settings.get(record.profileId, 'notifications');
    const secret = settings.notificationSecretWord(record.profileId) ?? '';
    const message = encodeMessage(notificationFields(record.facts, secret), protocol);
    Object.assign(record, {
      url,
      protocol,
      contentType: message.contentType,
      body: message.body,
      roundStart: clock.now(),
      roundAttempts: 0,
      roundTrigger: trigger,
      nextAttemptAt: clock.now(),
      status: 'pending',
    });
  };

  const create = (
    profileId: string,
    facts: NotificationFacts,
    url: string,
    trigger: 'event' | 'manual',
  ): NotificationRecord => {
    sequence += 1;
    const record: NotificationRecord = {
      id: `${profileId}-${String(sequence).padStart(6, '0')}`,
      profileId,
      facts,
      createdAt: clock.now(),
      url,
      protocol: 'POST',
      contentType: '',
      body: '',
      roundStart: clock.now(),
      roundAttempts: 0,
      roundTrigger: 'event',
      nextAttemptAt: null,
      status: 'pending',
      attempts: [],
    };
    beginRound(record, url, trigger);
    recordsOf(profileId).push(record);
    return record;
  };

  const attempt = async (record: NotificationRecord): Promise<void> => {
    const at = clock.now();
    const trigger = record.roundAttempts === 0 ? record.roundTrigger : 'retry';
    const started = performance.now();
    const response = await transport({
      url: record.url,
      contentType: record.contentType,
      body: record.body,
      timeoutMs: options.timeoutMs,
    });
    const outcome = outcomeOf(response);
    attemptSequence += 1;
    record.attempts.push({
      sequence: attemptSequence,
      at,
      trigger,
      url: record.url,
      requestBody: record.body,
      responseStatus: response.kind === 'answer' ? response.status : null,
      responseBody: response.kind === 'answer' ? truncate(response.body) : null,
      durationMs: Math.max(0, Math.round(performance.now() - started)),
      outcome,
      error: response.kind === 'no-answer' ? response.error : null,
    });
    record.roundAttempts += 1;
    if (outcome === 'no-answer') {
      record.nextAttemptAt = attemptDueAt(record.roundStart, record.roundAttempts);
      record.status = record.nextAttemptAt === null ? 'given-up' : 'failing';
    } else {
      record.nextAttemptAt = null;
      record.status = outcome === 'delivered' ? 'delivered' : 'refused';
    }
  };

  const nextDue = (): NotificationRecord | undefined => {
    const now = clock.now();
    let best: NotificationRecord | undefined;
    for (const records of byProfile.values()) {
      for (const record of records) {
        if (record.nextAttemptAt === null || record.nextAttemptAt > now) continue;
        if (!best || record.nextAttemptAt < (best.nextAttemptAt ?? Infinity)) best = record;
      }
    }
    return best;
  };

  // After a jump of the clock, the attempts that fell due meanwhile are made now, in order.
  const drainDue = async () => {
    for (let record = nextDue(); record; record = nextDue()) await attempt(record);
  };
  const processDue = () => serially(drainDue);

  /** Sends a record's round now, ahead of the schedule, and answers once its attempt is made. */
  const sendNow = (record: NotificationRecord) =>
    serially(async () => {
      if (record.nextAttemptAt !== null && record.nextAttemptAt <= clock.now()) await attempt(record);
      return toNotificationDetail(record);
    });

  const onEvent = (event: OrderEvent) => {
    const config = settings.get(event.profileId, 'notifications');
    if (!config.enabled || config.url === null || !config.events.includes(event.kind)) return;
    const order = options.orderOf(event.profileId, event.billnumber);
    if (config.onlySuccessful && UNSUCCESSFUL_STATES.includes(order.orderstate)) return;
    create(event.profileId, factsOf(order, event.profileId, event.kind, event.at), config.url, 'event');
    void processDue();
  };
  options.orderEvents.subscribe(onEvent);

  const matches = (record: NotificationRecord, filters: NotificationFilters) =>
    (filters.status === undefined || record.status === filters.status) &&
    (filters.from === undefined || record.createdAt >= Date.parse(filters.from)) &&
    (filters.to === undefined || record.createdAt <= Date.parse(filters.to)) &&
    (filters.order === undefined ||
      record.facts.billnumber === filters.order ||
      record.facts.ordernumber === filters.order);

  const find = (profileId: string, id: string) => {
    const record = recordsOf(profileId).find((candidate) => candidate.id === id);
    if (!record) throw notFound(`Уведомление ${id} не найдено`);
    return record;
  };

  const currentUrl = (profileId: string, fallback: string) => settings.get(profileId, 'notifications').url ?? fallback;

  return {
    list(profileId, { page, pageSize, ...filters }) {
      const matching = recordsOf(profileId)
        .filter((record) => matches(record, filters))
        .reverse();
      return {
        items: matching.slice((page - 1) * pageSize, page * pageSize).map(toNotificationDetail),
        total: matching.length,
        page,
        pageSize,
      };
    },
    ofOrder: (profileId, billnumber) =>
      recordsOf(profileId)
        .filter((record) => record.facts.billnumber === billnumber && record.facts.kind !== 'test')
        .map(toNotificationDetail),
    health: (profileId) => deliveryHealth(recordsOf(profileId)),
    async sendTest(profileId) {
      const { url } = settings.get(profileId, 'notifications');
      if (url === null) {
        throw new GatewayError({
          code: 'notification-url-missing',
          status: 409,
          firstcode: FIRSTCODE.forbiddenOperation,
          message: 'Адрес для уведомлений не задан в настройках профиля',
        });
      }
      testSequence += 1;
      const facts = testFacts(profileId, options.isTestProfile(profileId), testSequence, clock.now());
      return sendNow(create(profileId, facts, url, 'manual'));
    },
    resend(profileId, id) {
      const record = find(profileId, id);
      beginRound(record, currentUrl(profileId, record.url), 'manual');
      return sendNow(record);
    },
    async resendFailed(profileId, period) {
      const failed = recordsOf(profileId).filter(
        (record) => FAILED_STATUSES.includes(record.status) && matches(record, period),
      );
      let delivered = 0;
      for (const record of failed) {
        beginRound(record, currentUrl(profileId, record.url), 'manual');
        if ((await sendNow(record)).status === 'delivered') delivered += 1;
      }
      return { resent: failed.length, delivered };
    },
    processDue,
    idle: () => serially(async () => undefined),
  };
}
