import { requestCheckValue } from '@/api/check-value';
import type { OrderDetail } from '@/api/orders';
import { PaymentRequestForm } from '@/api/payment-form';
import type { Profile, ProfileMode } from '@/api/session';
import { isGatewayError } from '../errors';
import type { GatewayCore } from '../gateway';
import { fromMinor, toMinor } from '../money';
import type { PaymentVisits, VisitSource } from './payment-visits';

/** Why the payment page refused a shop's request: no order is made for any of them. */
export type RequestRefusalCode =
  | 'invalid-field'
  | 'unknown-merchant'
  | 'wrong-address'
  | 'checkvalue-missing'
  | 'checkvalue-wrong'
  | 'ordernumber-paid';

export interface RequestRefusal {
  refused: RequestRefusalCode;
  /** The form field at fault, by its gateway name. */
  field?: string;
  detail?: string;
}

export interface AcceptedRequest {
  refused?: undefined;
  profile: Profile;
  order: OrderDetail;
  /** The buyer's payment session: the only handle the card form is reachable by. */
  token: string;
}

/** Where the buyer goes after paying: the form's own URLs win over the settings. */
export interface PaymentSession {
  profileId: string;
  billnumber: string;
  returnUrlOk: string | null;
  returnUrlNo: string | null;
  /** A 3-D Secure card waiting for its one-time code. */
  challenge: { pan: string; cardholder: string | null } | null;
}

export type RawForm = Readonly<Record<string, string>>;

function matchesAny(given: string, words: readonly string[], form: PaymentRequestForm, currency: string): boolean {
  const fields = {
    merchantId: form.Merchant_ID,
    ordernumber: form.OrderNumber,
    orderamount: form.OrderAmount,
    ordercurrency: currency,
  };
  return words.some((word) => requestCheckValue(word, fields) === given.toUpperCase());
}

/**
 * The payment page receives the shop's form (domain §8, §9): known Merchant_ID at the address of
 * its mode, the check value when the profile requires one (a wrong one is refused even when
 * not required: the shop meant to sign), then the order is made In Process.
 */
export function acceptPaymentRequest(
  gateway: GatewayCore,
  visits: PaymentVisits,
  sessions: Map<string, PaymentSession>,
  mode: ProfileMode,
  raw: RawForm,
  source: VisitSource,
): AcceptedRequest | RequestRefusal {
  const parsed = PaymentRequestForm.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { refused: 'invalid-field', field: String(issue?.path[0] ?? ''), detail: issue?.message };
  }
  const form = parsed.data;
  const profile = gateway.profiles.find((candidate) => candidate.merchantId === form.Merchant_ID);
  if (!profile) return { refused: 'unknown-merchant', field: 'Merchant_ID' };
  const refuse = (refusal: RequestRefusal): RequestRefusal => {
    visits.refused(profile.id, refusal.refused);
    return refusal;
  };
  if (profile.mode !== mode) return refuse({ refused: 'wrong-address', field: 'Merchant_ID' });

  const currency = form.OrderCurrency ?? 'RUB';
  const required = gateway.settings.get(profile.id, 'signature').requireCheckValue;
  if (form.Checkvalue === undefined && required) return refuse({ refused: 'checkvalue-missing', field: 'Checkvalue' });
  const signed = form.Checkvalue !== undefined;
  if (signed && !matchesAny(form.Checkvalue!, gateway.settings.requestSecretWords(profile.id), form, currency)) {
    return refuse({ refused: 'checkvalue-wrong', field: 'Checkvalue' });
  }

  const payments = gateway.settings.get(profile.id, 'payments');
  let order: OrderDetail;
  try {
    order = gateway.createOrder(profile.id, {
      ordernumber: form.OrderNumber,
      amount: fromMinor(toMinor(form.OrderAmount)),
      currency,
      delay: form.Delay === undefined ? payments.defaultStage === 'two-stage' : form.Delay === '1',
      customer: {
        firstname: form.Firstname ?? null,
        lastname: form.Lastname ?? null,
        middlename: form.Middlename ?? null,
        email: form.Email ?? null,
        phone: form.MobilePhone ?? null,
      },
      comment: form.OrderComment ?? null,
    });
  } catch (error) {
    if (isGatewayError(error) && error.code === 'ordernumber-paid') {
      return refuse({ refused: 'ordernumber-paid', field: 'OrderNumber', detail: error.message });
    }
    throw error;
  }
  const token = crypto.randomUUID();
  sessions.set(token, {
    profileId: profile.id,
    billnumber: order.billnumber,
    returnUrlOk: form.URL_RETURN_OK ?? payments.returnUrlOk,
    returnUrlNo: form.URL_RETURN_NO ?? payments.returnUrlNo,
    challenge: null,
  });
  visits.arrived(profile.id, { billnumber: order.billnumber, signed, source });
  return { profile, order, token };
}
