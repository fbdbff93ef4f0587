import type { uxRu } from './ux-ru';
import type { uxSignedInRu } from './ux-signed-in-ru';

/** The `ux` section in English: both Russian parts' keys. */
export const uxEn: typeof uxRu & typeof uxSignedInRu = {
  demo: {
    reset: 'Reset demo data',
    keep: 'Keep my data',
    resetConfirm: 'Reset the demo data? Every confirmation and cancellation made in the demo will be forgotten.',
  },
  problem: {
    internal: 'The server failed and sent no data. Please try again shortly.',
    unavailable: 'The server is temporarily unavailable. Please try again shortly.',
    network: 'No connection to the server. Check your connection and retry.',
    forbidden: 'Your account has no rights to this data.',
    notFound: 'There is no such data: the link may be out of date.',
    conflict: 'The data changed while you were working. Reload the page.',
    validation: 'The server did not accept the request: check the filters and retry.',
    unexpected: 'An unexpected error occurred.',
    supportCode: 'Code for support: {{code}}',
  },
  notFound: {
    orderTitle: 'Order {{billnumber}} not found',
    orderText:
      'Profile {{profileId}} has no order with this system number. Check the number or find the order in the list.',
    toOrders: 'To the orders',
  },
  timeLeft: {
    days: '{{days}} d {{hours}} h {{minutes}} min',
    hours: '{{hours}} h {{minutes}} min',
    minutes: '{{minutes}} min',
  },
  orderState: {
    deadline: 'Confirm by {{deadline}} — {{left}} left. Otherwise the hold is released automatically.',
    deadlineUrgent: 'Under a day',
    deadlinePassed: 'The confirmation deadline passed at {{deadline}}: the hold is being released automatically.',
    declineReason: 'Reason for the decline: {{code}} — {{message}}',
    declineReasonCode: 'Reason for the decline: code {{code}}',
  },
  totals: {
    filtered: 'Total of the filtered orders:',
    held: 'Held in total:',
    none: 'no orders',
    counting: 'adding up…',
    orders_one: '({{count, number}} order)',
    orders_few: '({{count, number}} orders)',
    orders_many: '({{count, number}} orders)',
    orders_other: '({{count, number}} orders)',
  },
  awaiting: {
    confirmPage_one: 'Confirm {{count}} order on this page…',
    confirmPage_few: 'Confirm {{count}} orders on this page…',
    confirmPage_many: 'Confirm {{count}} orders on this page…',
    confirmPage_other: 'Confirm {{count}} orders on this page…',
  },
  actions: {
    confirmFullTest:
      'The order will be confirmed for {{amount}}; in the test profile no transaction goes to processing.',
  },
  money: {
    released: 'Released from the hold',
    points: '{{points}} «Spasibo» points',
  },
  amountFilter: {
    format: 'Not an amount. Example: 1,000.50 or 1000.50.',
    ambiguous: 'Unclear what {{input}} means: write 1,234.00 or 1.23.',
    negative: 'An amount cannot be negative.',
    tooManyDecimals: 'At most two decimals.',
    currencyMismatch: 'Choose the currency in the «Currency» field.',
    tooLarge: 'The amount is too large.',
    inForce: 'Still filtering by {{value}}.',
    notApplied: 'The filter is not applied.',
  },
};
