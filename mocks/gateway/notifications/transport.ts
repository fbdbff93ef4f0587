/**
 * How a notification leaves the gateway. The standalone server makes a real HTTP request, the
 * in-page demo hands it to a built-in receiver; the gateway only sees what came back.
 */
export interface DeliveryRequest {
  url: string;
  contentType: string;
  body: string;
  /** Give up waiting for an answer after this long (real milliseconds). */
  timeoutMs: number;
}

export type DeliveryResponse =
  | { kind: 'answer'; status: number; body: string }
  /** Nothing came back: timeout, connection refused, unknown host. */
  | { kind: 'no-answer'; error: string };

export type NotificationTransport = (request: DeliveryRequest) => Promise<DeliveryResponse>;

/** What the log keeps of an answer's body: enough to debug, never megabytes. */
export const MAX_LOGGED_BODY = 4000;
