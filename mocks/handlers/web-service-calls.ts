import { http, HttpResponse } from 'msw';
import { ORDER_STATE_SERVICE_PATH } from '@/api/web-service-accounts';
import { answerOrderState } from '../gateway/web-service/order-state';
import { getGateway } from '../runtime';
import { clientIp } from './client-ip';
import { withGatewayDate } from './gateway-date';

const XML = 'application/xml; charset=utf-8';

/**
 * The gateway's web services a shop's server calls, beside the cabinet API: a form POST
 * authenticated with a web-service account, answered in the gateway's XML.
 */
export const webServiceCalls = [
  http.post(`*${ORDER_STATE_SERVICE_PATH}`, async ({ request }) => {
    const gateway = getGateway();
    const fields = new URLSearchParams(await request.text());
    const answer = answerOrderState(gateway, fields, clientIp(request));
    const headers: Record<string, string> = { 'Content-Type': XML, 'Cache-Control': 'no-store' };
    if (answer.retryAfter !== undefined) headers['Retry-After'] = String(answer.retryAfter);
    return withGatewayDate(new HttpResponse(answer.body, { status: answer.status, headers }), gateway.clock.now());
  }),
  http.all(
    `*${ORDER_STATE_SERVICE_PATH}`,
    () =>
      new HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?><result firstcode="1" secondcode="0" message="POST only"></result>',
        {
          status: 405,
          headers: { 'Content-Type': XML, Allow: 'POST' },
        },
      ),
  ),
];
