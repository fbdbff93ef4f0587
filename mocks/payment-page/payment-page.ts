import { PAYMENT_PAGE_PATHS } from '@/api/payment-form';
import type { ProfileMode } from '@/api/session';
import type { Gateway } from '../gateway/gateway';
import { parseCardInput } from '../gateway/onboarding/card-input';
import { passChallenge, payByCard, returnTarget, shopPage, type CardOutcome } from '../gateway/onboarding/card-payment';
import type { PaymentSession } from '../gateway/onboarding/payment-requests';
import { challengePage, cardFormPage, notFoundPage, refusalPage, resultPage } from './payment-page-views';

/**
 * The buyer's side of the gateway over HTTP, as its test and live servers serve it: the shop's
 * form arrives by POST, the buyer is sent on to the card form of a payment session (a random
 * token, so nobody pays another's order by guessing its number), then to the shop's return URL
 * or the gateway's result page. Every step is a full page with no script.
 */
export const PAYMENT_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  // After paying, the browser follows the gateway's redirect to the shop's own site.
  "form-action 'self' http: https:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const MODES: readonly ProfileMode[] = ['test', 'live'];

function htmlResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

async function formOf(request: Request): Promise<Record<string, string> | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
  try {
    const data = await request.formData();
    const fields: Record<string, string> = {};
    for (const [name, value] of data) if (typeof value === 'string') fields[name] = value;
    return fields;
  } catch {
    return null;
  }
}

const clientIp = (request: Request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null;

/** The mode whose payment page `pathname` is under, and what follows its base path. */
function route(pathname: string): { mode: ProfileMode; rest: string } | null {
  for (const mode of MODES) {
    const base = PAYMENT_PAGE_PATHS[mode];
    if (pathname === base) return { mode, rest: '' };
    if (pathname.startsWith(`${base}/`)) return { mode, rest: pathname.slice(base.length) };
  }
  return null;
}

function finish(gateway: Gateway, session: PaymentSession, outcome: CardOutcome, base: string): Response {
  if (outcome.kind === 'challenge') return seeOther(`${base}/3ds`);
  if (outcome.kind === 'refused') {
    const order = gateway.getOrder(session.profileId, session.billnumber);
    return htmlResponse(cardFormPage(order, base, null, outcome.detail), 409);
  }
  const target = returnTarget(gateway, session, outcome.order);
  return seeOther(target ?? `${base}/result`);
}

export function isPaymentPagePath(pathname: string): boolean {
  return route(pathname) !== null;
}

/** Answers a request of the payment page, or null when the path is not the payment page's. */
export async function answerPaymentPage(request: Request, gateway: Gateway): Promise<Response | null> {
  const url = new URL(request.url);
  const found = route(url.pathname);
  if (!found) return null;
  const { mode, rest } = found;
  const method = request.method;

  if (rest === '') {
    if (method !== 'POST') {
      return new Response(
        refusalPage({ refused: 'invalid-field', detail: 'Отправьте форму методом POST' }, mode === 'test'),
        {
          status: 405,
          headers: { 'Content-Type': 'text/html; charset=utf-8', Allow: 'POST' },
        },
      );
    }
    const form = await formOf(request);
    const accepted = form
      ? gateway.onboarding.accept(mode, form, 'shop-form')
      : ({ refused: 'invalid-field', detail: 'Ожидается форма (application/x-www-form-urlencoded)' } as const);
    if (accepted.refused !== undefined) {
      const status =
        accepted.refused === 'ordernumber-paid' ? 409 : accepted.refused.startsWith('checkvalue') ? 403 : 400;
      return htmlResponse(refusalPage(accepted, mode === 'test'), status);
    }
    return seeOther(`${PAYMENT_PAGE_PATHS[mode]}/card/${accepted.token}`);
  }

  const match = /^\/card\/([0-9a-f-]{36})(\/3ds|\/result)?$/.exec(rest);
  const session = match ? gateway.onboarding.sessions.get(match[1]!) : undefined;
  const profile = session && gateway.profiles.find((candidate) => candidate.id === session.profileId);
  if (!match || !session || profile?.mode !== mode) return htmlResponse(notFoundPage(), 404);
  const base = `${PAYMENT_PAGE_PATHS[mode]}/card/${match[1]}`;
  const step = match[2] ?? '';
  const order = gateway.getOrder(session.profileId, session.billnumber);
  const open = order.orderstate === 'In Process';

  if (method === 'GET' || method === 'HEAD') {
    if (step === '/result' || !open) return htmlResponse(resultPage(order, shopPage(session, order)));
    if (step === '/3ds' && session.challenge) return htmlResponse(challengePage(order, `${base}/3ds`, false));
    return htmlResponse(cardFormPage(order, base, null));
  }
  if (method !== 'POST' || step === '/result') return htmlResponse(notFoundPage(), 405);
  const form = (await formOf(request)) ?? {};
  if (step === '/3ds') {
    const outcome = passChallenge(gateway, session, form.code ?? '', clientIp(request));
    if (outcome.kind === 'wrong-code') return htmlResponse(challengePage(order, `${base}/3ds`, true), 422);
    return finish(gateway, session, outcome, base);
  }
  if (!open) return seeOther(`${base}/result`);
  const card = parseCardInput(form, gateway.clock);
  if ('field' in card) return htmlResponse(cardFormPage(order, base, card.field), 422);
  return finish(gateway, session, payByCard(gateway, session, card.card, clientIp(request)), base);
}
