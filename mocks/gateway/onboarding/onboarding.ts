import { requestCheckValue } from '@/api/check-value';
import type {
  CheckValueAnswer,
  CheckValueRequest,
  Onboarding as OnboardingView,
  SwitchRequestState,
  TestPaymentRequest,
} from '@/api/onboarding';
import type { OrderDetail } from '@/api/orders';
import { PAYMENT_PAGE_PATHS } from '@/api/payment-form';
import type { Profile } from '@/api/session';
import type { SettingsComparison, SettingsCopyRequest, SettingsCopyResult } from '@/api/settings-compare';
import { HOUR } from '../clock';
import { PROFILE_PAIRS } from '../enterprise';
import { GatewayError, notFound } from '../errors';
import type { GatewayCore } from '../gateway';
import { fromMinor, toMinor } from '../money';
import { payByCard, passChallenge, TEST_3DS_CODE } from './card-payment';
import { deriveChecklist, switchReady } from './checklist';
import {
  acceptPaymentRequest,
  type AcceptedRequest,
  type PaymentSession,
  type RawForm,
  type RequestRefusal,
} from './payment-requests';
import { createPaymentVisits, type PaymentVisits, type VisitSource } from './payment-visits';
import { issueSecretWord } from './secret-word';
import { compareSettings, copySettings } from './settings-copy';

/** How long the gateway's support takes to review a switch request (on the gateway's clock). */
export const SWITCH_REVIEW_DELAY = 2 * HOUR;

/**
 * Whether a result notification of the profile has been delivered. The delivery log answers it
 * once connected (`connectDeliveries`); until then the checklist says it cannot tell.
 */
export type DeliveredProbe = (profileId: string) => boolean;

export interface Onboarding {
  readonly visits: PaymentVisits;
  /** The buyers' open payment sessions, by their token. */
  readonly sessions: Map<string, PaymentSession>;
  /** The checklist of a test profile. `origin` makes the payment page's address absolute. */
  checklist(testProfileId: string, origin: string): OnboardingView;
  setContractsSigned(testProfileId: string, signed: boolean, actor: { login: string; ip: string }): void;
  requestSwitch(testProfileId: string, actor: { login: string; ip: string }): void;
  /** Finishes the reviews that are due: the live profiles appear. */
  processDue(): void;
  connectDeliveries(probe: DeliveredProbe): void;
  paymentUrl(profile: Profile, origin: string): string;
  checkValue(profileId: string, request: CheckValueRequest): CheckValueAnswer;
  /** The shop's form arrives at the payment page of `mode`. */
  accept(mode: Profile['mode'], form: RawForm, source: VisitSource): AcceptedRequest | RequestRefusal;
  /** The settings that differ between a test profile and its live one. */
  compare(testProfileId: string): SettingsComparison;
  /** Copies chosen groups from test to live (or previews it); secrets never. */
  copySettings(
    testProfileId: string,
    request: SettingsCopyRequest,
    actor: { login: string; ip: string },
  ): SettingsCopyResult;
  /** A test payment from the cabinet: the same payment page, signed for the shop, paid by a test card. */
  testPayment(profileId: string, request: TestPaymentRequest, ip: string): OrderDetail;
}

interface SwitchRecord {
  requestedAt: number;
  reviewDueAt: number;
  approvedAt: number | null;
  secretWord: string | null;
  /** The live profile's first web-service account, issued with it. */
  webService: { login: string; password: string } | null;
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export function createOnboarding(gateway: GatewayCore): Onboarding {
  const { clock, settings } = gateway;
  const visits = createPaymentVisits(clock);
  const sessions = new Map<string, PaymentSession>();
  const contracts = new Map<string, number>();
  const switches = new Map<string, SwitchRecord>();
  let delivered: DeliveredProbe | null = null;

  const profileOf = (profileId: string): Profile => {
    const profile = gateway.profiles.find((candidate) => candidate.id === profileId);
    if (!profile) throw notFound(`Профиль ${profileId} не найден`);
    return profile;
  };
  const pairOf = (testProfileId: string) => {
    const pair = PROFILE_PAIRS.find((candidate) => candidate.test === testProfileId);
    if (!pair || profileOf(testProfileId).mode !== 'test') {
      throw new GatewayError({
        code: 'test-profile-only',
        status: 409,
        firstcode: 15,
        message: `Профиль ${testProfileId} не тестовый: подключение ведётся из тестового профиля`,
      });
    }
    return pair;
  };
  const liveExists = (liveProfileId: string) => gateway.hasProfile(liveProfileId);

  const switchState = (testProfileId: string, liveProfileId: string): SwitchRequestState => {
    const record = switches.get(testProfileId);
    if (!record) {
      // A shop live before the cabinet knew of its checklist.
      return liveExists(liveProfileId)
        ? { state: 'approved', requestedAt: null, reviewDueAt: null, approvedAt: null }
        : { state: 'not-requested', requestedAt: null, reviewDueAt: null, approvedAt: null };
    }
    return {
      state: record.approvedAt === null ? 'in-review' : 'approved',
      requestedAt: iso(record.requestedAt),
      reviewDueAt: iso(record.reviewDueAt),
      approvedAt: iso(record.approvedAt),
    };
  };

  const paymentUrl = (profile: Profile, origin: string) => `${origin}${PAYMENT_PAGE_PATHS[profile.mode]}`;

  const issueLive = (testProfileId: string, record: SwitchRecord) => {
    const test = profileOf(testProfileId);
    const pair = pairOf(testProfileId);
    const live: Profile = {
      id: pair.live,
      mode: 'live',
      merchantId: pair.live,
      name: test.name.replace(/\s*\((тест|test)\)\s*$/i, ''),
    };
    gateway.addProfile(live, testProfileId);
    record.secretWord = issueSecretWord();
    settings.setSecretWord(live.id, record.secretWord, 0);
    // The live profile has its own web-service login: the test profile's never works there.
    const issued = gateway.webServiceAccounts.create({ login: 'system', ip: '127.0.0.1' }, live.id, `ws_${live.id}`);
    record.webService = { login: issued.account.login, password: issued.password };
    record.approvedAt = record.reviewDueAt;
    gateway.trail.emit({
      action: 'live-profile-issued',
      outcome: 'applied',
      login: 'system',
      ip: '127.0.0.1',
      target: live.id,
      detail: `${testProfileId} → ${live.id}`,
    });
  };

  const processDue = () => {
    const now = clock.now();
    for (const [testProfileId, record] of switches) {
      if (record.approvedAt === null && record.reviewDueAt <= now) issueLive(testProfileId, record);
    }
  };

  const livePairOf = (testProfileId: string) => {
    const pair = pairOf(testProfileId);
    if (!liveExists(pair.live)) {
      throw new GatewayError({
        code: 'switch-not-ready',
        status: 409,
        firstcode: 15,
        message: `У профиля ${testProfileId} ещё нет боевого профиля`,
      });
    }
    return pair;
  };

  const accept: Onboarding['accept'] = (mode, form, source) =>
    acceptPaymentRequest(gateway, visits, sessions, mode, form, source);

  const checklist: Onboarding['checklist'] = (testProfileId, origin) => {
    processDue();
    const pair = pairOf(testProfileId);
    const made = new Set(visits.of(testProfileId).map((visit) => visit.billnumber));
    const payments = settings.get(testProfileId, 'payments');
    const notifications = settings.get(testProfileId, 'notifications');
    const signedAt = contracts.get(testProfileId) ?? null;
    const request = switchState(testProfileId, pair.live);
    const steps = deriveChecklist({
      visits: visits.of(testProfileId),
      orders: gateway.records(testProfileId).filter((order) => made.has(order.billnumber)),
      returnUrls: payments.returnUrlOk !== null && payments.returnUrlNo !== null,
      notificationUrl: notifications.enabled && notifications.url !== null,
      notificationDelivered: delivered ? delivered(testProfileId) : null,
      // A shop already live signed its contracts long ago.
      contracts: { signed: signedAt !== null || request.state === 'approved', at: signedAt },
      switchRequest: request,
    });
    const refusal = visits.lastRefusal(testProfileId);
    return {
      testProfileId,
      steps,
      switch: request,
      canRequestSwitch: request.state === 'not-requested' && switchReady(steps),
      live: liveExists(pair.live)
        ? {
            profileId: pair.live,
            merchantId: profileOf(pair.live).merchantId,
            paymentUrl: paymentUrl(profileOf(pair.live), origin),
            secretWord: switches.get(testProfileId)?.secretWord ?? null,
            webServiceLogin: switches.get(testProfileId)?.webService?.login ?? null,
            webServicePassword: switches.get(testProfileId)?.webService?.password ?? null,
          }
        : null,
      lastRefusal: refusal === null ? null : { at: iso(refusal.at)!, code: refusal.code },
    };
  };

  const checkValue: Onboarding['checkValue'] = (profileId, request) => {
    const profile = profileOf(profileId);
    const fields = {
      merchantId: profile.merchantId,
      ordernumber: request.ordernumber,
      orderamount: request.amount,
      ordercurrency: request.currency,
    };
    const word = settings.requestSecretWords(profileId)[0];
    return {
      signedString: [fields.merchantId, fields.ordernumber, fields.orderamount, fields.ordercurrency].join(';'),
      checkValue: word === undefined ? null : requestCheckValue(word, fields),
    };
  };

  return {
    visits,
    sessions,
    processDue,
    paymentUrl,
    accept,
    connectDeliveries(probe) {
      delivered = probe;
    },
    checklist,
    setContractsSigned(testProfileId, signed, actor) {
      pairOf(testProfileId);
      const before = contracts.has(testProfileId);
      if (signed) contracts.set(testProfileId, contracts.get(testProfileId) ?? clock.now());
      else if (!switches.has(testProfileId)) contracts.delete(testProfileId);
      gateway.trail.emit({
        action: 'contracts-signed',
        outcome: 'applied',
        login: actor.login,
        ip: actor.ip,
        target: testProfileId,
        detail: `${before ? 'да' : 'нет'} → ${contracts.has(testProfileId) ? 'да' : 'нет'}`,
      });
    },
    requestSwitch(testProfileId, actor) {
      const view = checklist(testProfileId, '');
      if (!view.canRequestSwitch) {
        if (view.switch.state !== 'not-requested') return;
        throw new GatewayError({
          code: 'switch-not-ready',
          status: 409,
          firstcode: 15,
          message:
            'Перевод в боевой режим можно запросить, когда форма встроена, тестовые платежи проведены и договоры подписаны',
        });
      }
      const now = clock.now();
      switches.set(testProfileId, {
        requestedAt: now,
        reviewDueAt: now + SWITCH_REVIEW_DELAY,
        approvedAt: null,
        secretWord: null,
        webService: null,
      });
      gateway.trail.emit({
        action: 'live-switch-request',
        outcome: 'applied',
        login: actor.login,
        ip: actor.ip,
        target: testProfileId,
      });
    },
    checkValue,
    compare(testProfileId) {
      const pair = livePairOf(testProfileId);
      return {
        testProfileId,
        liveProfileId: pair.live,
        differences: compareSettings(settings, testProfileId, pair.live),
      };
    },
    copySettings(testProfileId, request, actor) {
      const pair = livePairOf(testProfileId);
      const result = copySettings(settings, testProfileId, pair.live, request.groups, request.preview, (group, next) =>
        gateway.settingsVersions.save(
          pair.live,
          group,
          next as never,
          gateway.settingsVersions.current(pair.live, group).version,
          actor,
        ),
      );
      if (result.applied) {
        gateway.trail.emit({
          action: 'settings-copy',
          outcome: 'applied',
          login: actor.login,
          ip: actor.ip,
          target: pair.live,
          detail: result.changes
            .map((change) => `${change.group}.${change.field}: ${change.before} → ${change.after}`)
            .join('; '),
        });
      }
      return result;
    },
    testPayment(profileId, request, ip) {
      const profile = profileOf(profileId);
      if (profile.mode !== 'test') {
        throw new GatewayError({
          code: 'test-profile-only',
          status: 409,
          firstcode: 15,
          message: 'Тестовые платежи проводятся только в тестовом профиле',
        });
      }
      const amount = fromMinor(toMinor(request.amount));
      const ordernumber = `TEST-${clock.now().toString(36).toUpperCase()}-${visits.of(profileId).length + 1}`;
      const signature = checkValue(profileId, { ordernumber, amount, currency: request.currency });
      const accepted = accept(
        'test',
        {
          Merchant_ID: profile.merchantId,
          OrderNumber: ordernumber,
          OrderAmount: amount,
          OrderCurrency: request.currency,
          Delay: request.twoStage ? '1' : '0',
          Checkvalue: signature.checkValue ?? '',
        },
        'cabinet',
      );
      if (accepted.refused !== undefined) {
        throw new GatewayError({
          code: 'payment-refused',
          status: 409,
          firstcode: 15,
          message: accepted.detail ?? `Платёжная страница отказала: ${accepted.refused}`,
        });
      }
      const session = sessions.get(accepted.token)!;
      const card = { pan: request.card, cardholder: 'TEST CARDHOLDER' };
      let outcome = payByCard(gateway, session, card, ip);
      if (outcome.kind === 'challenge') outcome = passChallenge(gateway, session, TEST_3DS_CODE, ip) as typeof outcome;
      sessions.delete(accepted.token);
      return gateway.getOrder(profileId, accepted.order.billnumber);
    },
  };
}
