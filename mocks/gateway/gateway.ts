import type { AuditEntry as AuditRecord } from '@/api/audit';
import type { Currency } from '@/api/common';
import type {
  Customer,
  Operation,
  OrderCounts,
  OrderDetail,
  OrderExportQuery,
  OrderFilters,
  OrderList,
  OrderListQuery,
} from '@/api/orders';
import type { OrderListTotals } from '@/api/order-totals';
import type { Profile } from '@/api/session';
import { createAccess, type Access } from './access/access';
import { createAuditTrail, moneyEntry, type AuditTrail } from './access/audit-trail';
import type { AccessPersistence } from './access/access-state';
import { advanceOrder, nextDueAt } from './advance';
import { createAuditLog, type AuditEntry } from './audit-log';
import { cancelOrder } from './cancel';
import { createClock, toEpoch, type ControlledClock, type NowOption } from './clock';
import { confirmOrder } from './confirm';
import { ENTERPRISE, INITIAL_PROFILES, PROFILES } from './enterprise';
import { badAmount, GatewayError, isGatewayError, notFound } from './errors';
import { exportOrders, type OrdersExport } from './export-orders';
import { createEventQueue } from './event-queue';
import { createIdempotencyCache } from './idempotency';
import { countOrders, listOrders } from './list';
import { totalOrders } from './list-totals';
import { indexOf, reindexOrder } from './order-index';
import type { CancelReason, OperationRecord, OrderRecord } from './model';
import { fromMinor, toMinor, type Minor } from './money';
import { performedBy, type Actor } from './operations';
import { createOrderRecord } from './order-factory';
import { checkPeriod } from './period-limit';
import { assertOrdernumberUnpaid } from './ordernumber-rule';
import { addOrder, createProfileStore, nextBillnumber, type ProfileStore } from './order-store';
import { pay, type PaymentInput } from './payment';
import { seedProfile } from './seed';
import { rulesFor, type SettlementPolicy } from './settlement';
import { instant, toDetail, toOperation } from './views';
import { createOrderEvents, type OrderEvents } from './order-events';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { createSettingsVersions, type SettingsVersions } from './settings/settings-versions';
import { createNotifier, type Notifier } from './notifications/notifier';
import { inPageTransport } from './notifications/in-page-transport';
import type { NotificationTransport } from './notifications/transport';
import { createWebServiceAccounts, type WebServiceAccounts } from './web-service/accounts';
import { createOnboarding, type Onboarding } from './onboarding/onboarding';

export interface GatewayOptions {
  /** PRNG seed of the generated history; same seed + sizes + now → same data. */
  seed?: number;
  liveOrders?: number;
  testOrders?: number;
  /** Fixed instant (number, Date, ISO string) or a time source; the real clock by default. */
  now?: NowOption;
  /** When financial transactions are sent; daily at 00:00 Moscow time by default. */
  settlement?: SettlementPolicy;
  /** Where users and sessions outlive the gateway (the in-page demo); in memory otherwise. */
  accessPersistence?: AccessPersistence;
  /** How result notifications reach the shop; a built-in receiver (the in-page demo) by default. */
  notificationTransport?: NotificationTransport;
  /** How long a notification waits for the shop's answer; 10 s by default. */
  notificationTimeoutMs?: number;
}

/** A confirm or cancel as the cabinet sends it: amount as a decimal string, with its currency. */
export interface ActionRequest {
  amount?: string;
  currency?: Currency;
}

export interface CancelActionRequest extends ActionRequest {
  reason?: CancelReason;
}

/** The order after the action, and the operations the action created (one result per operation). */
export interface ActionResult {
  order: OrderDetail;
  operations: Operation[];
}

export interface OrderOverrides {
  ordernumber?: string;
  /** Decimal string, e.g. "1500.00". */
  amount?: string;
  currency?: Currency;
  delay?: boolean;
  customer?: Partial<Customer>;
  comment?: string | null;
  /** Back-dates the order; the gateway's now by default. */
  createdAt?: number | Date | string;
}

export interface Gateway {
  readonly clock: ControlledClock;
  readonly enterprise: { name: string; timezone: string };
  /** Grows when a shop goes live (`onboarding`); the same array throughout. */
  readonly profiles: readonly Profile[];
  hasProfile(profileId: string): boolean;
  /** A profile that appears later, with no orders; the users of `bindUsersOf` may see it. */
  addProfile(profile: Profile, bindUsersOf: string): void;
  /** The path from the test profile to the live one, and the payment page's visits. */
  readonly onboarding: Onboarding;

  listOrders(profileId: string, query: OrderListQuery): OrderList;
  /** Orders per quick view under the filters; the state filter is ignored. */
  countOrders(profileId: string, filters: OrderFilters): OrderCounts;
  /** What the matching orders add up to, per currency; the state filter applies. */
  totalOrders(profileId: string, filters: OrderFilters): OrderListTotals;
  /** Every matching order as CSV, produced chunk by chunk as it is read. */
  exportOrders(profileId: string, query: OrderExportQuery): OrdersExport;
  getOrder(profileId: string, billnumber: string): OrderDetail;
  confirm(
    profileId: string,
    billnumber: string,
    request: ActionRequest,
    actor: Actor,
    idempotencyKey?: string,
  ): ActionResult;
  cancel(
    profileId: string,
    billnumber: string,
    request: CancelActionRequest,
    actor: Actor,
    idempotencyKey?: string,
  ): ActionResult;

  /** Every confirm and cancel asked of a profile, oldest first (applied, replayed, refused). */
  audit(profileId: string): AuditEntry[];

  /** Users, rights, sessions and sign-in. */
  readonly access: Access;
  /** Sign-ins, user changes, exports and refusals: the access side of the audit log. */
  readonly trail: AuditTrail;
  /** The whole audit log (access events and every money action), oldest first. */
  auditLog(): AuditRecord[];

  /** The shop's options per profile and its secret words. */
  readonly settings: SettingsStore;
  /** Versions, ETags and history of the settings; every write through the API goes here. */
  readonly settingsVersions: SettingsVersions;
  /** Payments, confirmations and cancels as they happen (not the generated history). */
  readonly orderEvents: OrderEvents;
  /** Result notifications to the shop: delivery, retries, the delivery log. */
  readonly notifications: Notifier;
  /** The logins shops' servers call the web services with, per profile. */
  readonly webServiceAccounts: WebServiceAccounts;

  /** Test factory: an order the shop just sent (In Process). */
  createOrder(profileId: string, overrides?: OrderOverrides): OrderDetail;
  /** Test factory: the buyer pays (test card 4111… on the test profile, a live VISA otherwise). */
  pay(profileId: string, billnumber: string, input?: Partial<PaymentInput>): OrderDetail;
  /** Test factory: create and pay at the order's creation time. */
  createPaidOrder(profileId: string, overrides?: OrderOverrides & { payment?: Partial<PaymentInput> }): OrderDetail;
  /** Applies everything due by now (every other method does this first). */
  processDue(): void;
  /** Internal records, oldest first: for tests and invariant checks only. */
  records(profileId: string): readonly OrderRecord[];
}

/** What the onboarding builds on: everything of the gateway but the onboarding itself. */
export type GatewayCore = Omit<Gateway, 'onboarding'>;

const LIVE_VISA = '4276830012345678';

function parseAmount(text: string | undefined): Minor | undefined {
  if (text === undefined) return undefined;
  try {
    return toMinor(text);
  } catch {
    throw new GatewayError(badAmount('amount-invalid', 'Сумма: десятичная строка, например 1234.50'));
  }
}

function toOperationViews(order: OrderRecord, created: readonly OperationRecord[]): Operation[] {
  return created.map((op) => toOperation(order, op));
}

export function createGateway(options: GatewayOptions = {}): Gateway {
  const clock = createClock(options.now);
  const rules = rulesFor(options.settlement ?? { mode: 'daily' });
  const profiles: Profile[] = [...INITIAL_PROFILES];
  const stores = new Map<string, ProfileStore>(
    profiles.map((profile) => [profile.id, createProfileStore(profile.id, profile.mode === 'test')]),
  );
  const trail = createAuditTrail(clock);
  const access = createAccess({
    clock,
    enterprise: ENTERPRISE,
    profiles,
    events: trail,
    persistence: options.accessPersistence,
  });
  const settings = createSettingsStore(profiles, clock);
  const settingsVersions = createSettingsVersions({
    store: settings,
    clock,
    trail,
    modeOf: (profileId) => (profiles.find((profile) => profile.id === profileId)?.mode === 'live' ? 'live' : 'test'),
  });
  const orderEvents = createOrderEvents();
  const webServiceAccounts = createWebServiceAccounts(clock, trail);
  const idempotency = createIdempotencyCache<ActionResult>();
  const auditLog = createAuditLog();
  const queue = createEventQueue<OrderRecord>();
  /** The earliest queued instant per order, so an order is not queued twice for the same moment. */
  const queued = new Map<OrderRecord, number>();

  const schedule = (order: OrderRecord) => {
    const due = nextDueAt(order);
    if (due === null) return;
    const already = queued.get(order);
    if (already !== undefined && already <= due) return;
    queue.push(due, order);
    queued.set(order, due);
  };

  const processDue = () => {
    const now = clock.now();
    for (let entry = queue.popDue(now); entry; entry = queue.popDue(now)) {
      if (queued.get(entry.item) === entry.at) queued.delete(entry.item);
      advanceOrder(entry.item, now);
      reindexOrder(storeOf(entry.item.profileId), entry.item);
      schedule(entry.item);
    }
  };

  const storeOf = (profileId: string): ProfileStore => {
    const store = stores.get(profileId);
    if (!store) throw notFound(`Профиль ${profileId} не найден`);
    return store;
  };

  const orderOf = (profileId: string, billnumber: string): OrderRecord => {
    const order = storeOf(profileId).byBillnumber.get(billnumber);
    if (!order) throw notFound(`Заказ ${billnumber} не найден`);
    return order;
  };

  const seedNow = clock.now();
  // Only the established shop has a history; a shop just connected starts empty.
  for (const profile of PROFILES) {
    const store = storeOf(profile.id);
    const count = profile.mode === 'live' ? (options.liveOrders ?? 20_000) : (options.testOrders ?? 2_000);
    seedProfile(store, count, { seed: options.seed ?? 1, now: seedNow }, rules);
    for (const order of store.orders) schedule(order);
    // Built now rather than on the first request, which would otherwise wait for it.
    indexOf(store);
  }

  /**
   * Runs a money action once per idempotency key and writes it to the audit log, whatever the
   * outcome. The fingerprint compares what the request means (amount in minor units), not how
   * its JSON happened to be spelled.
   */
  const act = (
    profileId: string,
    billnumber: string,
    kind: 'confirm' | 'cancel',
    request: CancelActionRequest,
    actor: Actor,
    key: string | undefined,
    run: (order: OrderRecord, now: number, amount: Minor | undefined) => OperationRecord[],
  ): ActionResult => {
    processDue();
    const order = orderOf(profileId, billnumber);
    const at = clock.now();
    const amount = parseAmount(request.amount);
    const entry: AuditEntry = {
      at: instant(at),
      ...performedBy(actor),
      profileId,
      billnumber,
      action: kind,
      amount: amount === undefined ? null : fromMinor(amount),
      currency: request.currency ?? null,
      idempotencyKey: key ?? null,
      outcome: 'applied',
      code: null,
      operations: [],
    };
    const fingerprint = [amount ?? '', request.currency ?? '', kind === 'cancel' ? (request.reason ?? 1) : ''].join(
      '|',
    );
    try {
      const { result, replayed } = idempotency.run(`${profileId}|${billnumber}|${kind}`, key, fingerprint, () => {
        const created = run(order, at, amount);
        reindexOrder(storeOf(profileId), order);
        schedule(order);
        return { order: toDetail(order, { now: at }), operations: toOperationViews(order, created) };
      });
      auditLog.record({
        ...entry,
        outcome: replayed ? 'replayed' : 'applied',
        operations: replayed ? [] : result.operations.map((op) => op.billnumber),
      });
      if (!replayed)
        orderEvents.emit({ kind: kind === 'confirm' ? 'confirmation' : 'cancel', profileId, billnumber, at });
      return result;
    } catch (error) {
      if (isGatewayError(error)) auditLog.record({ ...entry, outcome: 'refused', code: error.code });
      throw error;
    }
  };

  const addProfile = (profile: Profile, bindUsersOf: string) => {
    if (stores.has(profile.id)) throw new RangeError(`profile ${profile.id} exists`);
    stores.set(profile.id, createProfileStore(profile.id, profile.mode === 'test'));
    indexOf(storeOf(profile.id));
    settings.addProfile(profile);
    profiles.push(profile);
    for (const user of access.state.users.values()) {
      if (user.profileIds.includes(bindUsersOf)) user.profileIds.push(profile.id);
    }
    access.state.save();
  };

  const gateway: GatewayCore = {
    clock,
    enterprise: ENTERPRISE,
    profiles,
    hasProfile: (profileId) => stores.has(profileId),
    addProfile,

    listOrders(profileId, query) {
      processDue();
      checkPeriod(query, clock.now());
      return listOrders(storeOf(profileId), query, { now: clock.now() });
    },
    countOrders(profileId, filters) {
      processDue();
      checkPeriod(filters, clock.now());
      return countOrders(storeOf(profileId), filters);
    },
    totalOrders(profileId, filters) {
      processDue();
      return totalOrders(storeOf(profileId), filters);
    },
    exportOrders(profileId, query) {
      processDue();
      checkPeriod(query, clock.now());
      return exportOrders(storeOf(profileId), query, clock.now());
    },
    getOrder(profileId, billnumber) {
      processDue();
      return toDetail(orderOf(profileId, billnumber), { now: clock.now() });
    },
    confirm(profileId, billnumber, request, actor, key) {
      return act(profileId, billnumber, 'confirm', request, actor, key, (order, now, amount) =>
        confirmOrder(order, { amount, currency: request.currency }, now, actor, rules),
      );
    },
    cancel(profileId, billnumber, request, actor, key) {
      return act(profileId, billnumber, 'cancel', request, actor, key, (order, now, amount) =>
        cancelOrder(order, { amount, currency: request.currency, reason: request.reason }, now, actor),
      );
    },

    audit: (profileId) => {
      storeOf(profileId);
      return auditLog.entries(profileId);
    },

    access,
    trail,
    settings,
    settingsVersions,
    orderEvents,
    notifications: createNotifier({
      clock,
      settings,
      orderEvents,
      orderOf: (profileId, billnumber) => gateway.getOrder(profileId, billnumber),
      isTestProfile: (profileId) => storeOf(profileId).testmode,
      transport:
        options.notificationTransport ?? inPageTransport((merchantId) => settings.notificationSecretWord(merchantId)),
      timeoutMs: options.notificationTimeoutMs ?? 10_000,
    }),
    webServiceAccounts,
    auditLog: () =>
      [...trail.entries(), ...profiles.flatMap((profile) => auditLog.entries(profile.id).map(moneyEntry))].sort(
        (a, b) => Date.parse(a.at) - Date.parse(b.at),
      ),

    createOrder(profileId, overrides = {}) {
      processDue();
      const order = createRecord(profileId, overrides);
      advanceOrder(order, clock.now());
      reindexOrder(storeOf(profileId), order);
      schedule(order);
      return toDetail(order, { now: clock.now() });
    },
    pay(profileId, billnumber, input = {}) {
      processDue();
      const order = orderOf(profileId, billnumber);
      const at = Math.max(clock.now(), order.createdAt);
      payWith(order, input, at);
      reindexOrder(storeOf(profileId), order);
      return toDetail(order, { now: clock.now() });
    },
    createPaidOrder(profileId, overrides = {}) {
      processDue();
      const order = createRecord(profileId, overrides);
      payWith(order, overrides.payment ?? {}, order.createdAt);
      return toDetail(order, { now: clock.now() });
    },
    processDue,
    records: (profileId) => storeOf(profileId).orders,
  };

  function createRecord(profileId: string, overrides: OrderOverrides): OrderRecord {
    const store = storeOf(profileId);
    if (overrides.ordernumber !== undefined) assertOrdernumberUnpaid(store, overrides.ordernumber);
    const billnumber = nextBillnumber(store);
    const order = createOrderRecord({
      profileId,
      billnumber,
      testmode: store.testmode,
      createdAt: Math.floor(toEpoch(overrides.createdAt ?? clock.now()) / 1000) * 1000,
      ordernumber: overrides.ordernumber ?? `T-${billnumber.slice(-6)}`,
      orderamount: parseAmount(overrides.amount) ?? 100_000,
      ordercurrency: overrides.currency ?? 'RUB',
      delay: overrides.delay ?? false,
      customer: {
        firstname: 'Анна',
        lastname: 'Тестова',
        middlename: null,
        email: 'anna@example.com',
        phone: null,
        ...overrides.customer,
      },
      comment: overrides.comment ?? null,
    });
    addOrder(store, order);
    reindexOrder(store, order);
    return order;
  }

  function payWith(order: OrderRecord, input: Partial<PaymentInput>, at: number): void {
    // Another attempt under the same order number may have been paid meanwhile.
    assertOrdernumberUnpaid(storeOf(order.profileId), order.ordernumber, order);
    const means = input.means ?? {
      type: 'card' as const,
      pan: order.testmode ? '4111111111111111' : LIVE_VISA,
      cardholder: 'ANNA TESTOVA',
    };
    pay(order, { processing: 'Сбербанк', ...input, means }, at, at, rules);
    advanceOrder(order, clock.now());
    reindexOrder(storeOf(order.profileId), order);
    schedule(order);
    orderEvents.emit({ kind: 'payment', profileId: order.profileId, billnumber: order.billnumber, at });
  }

  const onboarding = createOnboarding(gateway);
  // The checklist's "one notification delivered" is read off the delivery log.
  onboarding.connectDeliveries(
    (profileId) => gateway.notifications.list(profileId, { status: 'delivered', page: 1, pageSize: 1 }).total > 0,
  );
  return { ...gateway, onboarding };
}
