import * as z from 'zod/mini';
import { Amount, AmountInput, Currency, Instant, LANGUAGES } from './common';

/** The nine order states, spelled exactly as on the gateway's wire (note the space). */
export const ORDER_STATES = [
  'In Process',
  'Delayed',
  'Approved',
  'PartialApproved',
  'PartialDelayed',
  'Canceled',
  'PartialCanceled',
  'Declined',
  'Timeout',
] as const;
export const OrderState = z.enum(ORDER_STATES).register(z.globalRegistry, { id: 'OrderState' });
export type OrderState = z.infer<typeof OrderState>;

/** N created, P in progress, S success, F failed, T timeout. */
export const OperationState = z.enum(['N', 'P', 'S', 'F', 'T']).register(z.globalRegistry, { id: 'OperationState' });
export type OperationState = z.infer<typeof OperationState>;

/**
 * Operation type wire codes: 100 payment, 200 confirmation, 300 cancel (gateway's own);
 * 400 bonus-points payment, 410 its cancel (points given back), 500 bonus-points accrual,
 * 510 accrual cancel (codes of this API).
 */
export const OPERATION_TYPES = ['100', '200', '300', '400', '410', '500', '510'] as const;
export const OperationType = z.enum(OPERATION_TYPES).register(z.globalRegistry, { id: 'OperationType' });
export type OperationType = z.infer<typeof OperationType>;

/**
 * What the gateway sent to the processing centre; chosen by the gateway, never the merchant. A
 * financial transaction is final once sent, so there is no "cancel of a financial transaction"
 * (docs/domain.md §10): after settlement a cancel is a refund.
 */
export const TRANSACTION_TYPES = ['authorization', 'financial', 'reversal', 'refund'] as const;
export const TransactionType = z.enum(TRANSACTION_TYPES).register(z.globalRegistry, { id: 'TransactionType' });
export type TransactionType = z.infer<typeof TransactionType>;

export const MEANS_TYPES = ['card', 'wallet', 'ewallet', 'sbp'] as const;
export const MeansType = z.enum(MEANS_TYPES).register(z.globalRegistry, { id: 'MeansType' });
export type MeansType = z.infer<typeof MeansType>;

export const BRANDS = [
  'VISA',
  'MASTERCARD',
  'MIR',
  'JCB',
  'AMEX',
  'DINERS',
  'APPLEPAY',
  'GOOGLEPAY',
  'SAMSUNGPAY',
  'MIRPAY',
  'YOOMONEY',
  'WEBMONEY',
  'QIWI',
  'SBP',
] as const;
export const Brand = z.enum(BRANDS).register(z.globalRegistry, { id: 'Brand' });
export type Brand = z.infer<typeof Brand>;

/** 3-D Secure result: Y ok, N fail, A attempt, U unknown, R rejected, C not completed, E error. */
export const ThreeDsResult = z
  .enum(['Y', 'N', 'A', 'U', 'R', 'C', 'E'])
  .register(z.globalRegistry, { id: 'ThreeDsResult' });
export type ThreeDsResult = z.infer<typeof ThreeDsResult>;

export const Billnumber = z.string().check(z.regex(/^\d{15,16}$/, 'billnumber: 15–16 digits'));
export const Ordernumber = z.string().check(z.minLength(1), z.maxLength(128));

export const PaymentMeans = z
  .object({
    type: MeansType,
    brand: Brand,
    /** First 6 and last 4 digits only, e.g. 411111******1111; null for non-card means. */
    cardnumber: z.nullable(z.string().check(z.regex(/^\d{6}\*{2,9}\d{4}$/))),
    cardholder: z.nullable(z.string().check(z.maxLength(70))),
    bank: z.nullable(z.string()),
    /** ISO 3166-1 alpha-2 of the issuer. */
    country: z.nullable(z.string().check(z.length(2))),
  })
  .register(z.globalRegistry, { id: 'PaymentMeans' });
export type PaymentMeans = z.infer<typeof PaymentMeans>;

export const Customer = z
  .object({
    firstname: z.nullable(z.string().check(z.maxLength(70))),
    lastname: z.nullable(z.string().check(z.maxLength(70))),
    middlename: z.nullable(z.string().check(z.maxLength(70))),
    email: z.nullable(z.string().check(z.maxLength(128))),
    phone: z.nullable(z.string().check(z.maxLength(32))),
  })
  .register(z.globalRegistry, { id: 'Customer' });
export type Customer = z.infer<typeof Customer>;

export const Transaction = z
  .object({
    id: z.string(),
    type: TransactionType,
    amount: Amount,
    currency: Currency,
    /** P sent and unanswered, S accepted, F refused by the processing centre. */
    state: z.enum(['P', 'S', 'F']),
    date: Instant,
  })
  .register(z.globalRegistry, { id: 'Transaction' });
export type Transaction = z.infer<typeof Transaction>;

export const Operation = z
  .object({
    /** Extended billnumber: the order's billnumber, a dot and the operation's ordinal. */
    billnumber: z.string().check(z.regex(/^\d{15,16}\.\d+$/)),
    type: OperationType,
    state: OperationState,
    amount: Amount,
    currency: Currency,
    startdate: Instant,
    enddate: z.nullable(Instant),
    /** AS000 on success. */
    responsecode: z.nullable(z.string()),
    message: z.nullable(z.string()),
    approvalcode: z.nullable(z.string()),
    /** Login of the merchant user (or "system") for merchant-initiated operations. */
    user: z.nullable(z.string()),
    ip: z.nullable(z.string()),
    /** The means this operation moved money or points on; null only for a payment the buyer never started. */
    paymentmeans: z.nullable(PaymentMeans),
    /** The buyer's 3-D Secure result: payment operations only (the merchant's actions carry none). */
    threedsresult: z.nullable(ThreeDsResult),
    /** Cancel reason: 1 declined by shop, 2 declined by customer, 3 fraud. */
    reason: z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3)])),
    arn: z.nullable(z.string()),
    transactions: z.array(Transaction),
  })
  .register(z.globalRegistry, { id: 'Operation' });
export type Operation = z.infer<typeof Operation>;

const actionLimits = {
  /** Most that the action can still take, in the payment currency. */
  max: Amount,
  currency: Currency,
  /** Whether less than the whole `max` may be asked for. */
  partial: z.boolean(),
};

/**
 * What the gateway would accept on this order now, computed by the gateway from its rules
 * (state, settlement, card scheme, deadline), so the cabinet never re-derives them.
 */
export const OrderActions = z
  .object({
    confirm: z.nullable(z.object(actionLimits)),
    cancel: z.nullable(
      z.object({
        ...actionLimits,
        /** What a full cancel sends: a reversal before settlement, a refund after it. */
        transaction: z.enum(['reversal', 'refund']),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'OrderActions' });
export type OrderActions = z.infer<typeof OrderActions>;

/** One row of the orders list. */
export const OrderSummary = z
  .object({
    billnumber: Billnumber,
    ordernumber: Ordernumber,
    orderstate: OrderState,
    orderdate: Instant,
    /** The shop's original amount and currency. */
    orderamount: Amount,
    ordercurrency: Currency,
    /** The payment operation's amount and currency (may differ by conversion); null before payment. */
    amount: z.nullable(Amount),
    currency: z.nullable(Currency),
    /** Conversion rate from ordercurrency to currency, when they differ. */
    rate: z.nullable(z.string().check(z.regex(/^\d+\.\d+$/))),
    testmode: z.boolean(),
    /** Two-stage payment (Delay=1). */
    delay: z.boolean(),
    paymentmeans: z.nullable(PaymentMeans),
    customer: Customer,
    processing: z.nullable(z.string()),
    threedsresult: z.nullable(ThreeDsResult),
    /** Delayed orders: the moment the hold is reversed automatically (4 days after authorization). */
    confirmdeadline: z.nullable(Instant),
    actions: OrderActions,
  })
  .register(z.globalRegistry, { id: 'OrderSummary' });
export type OrderSummary = z.infer<typeof OrderSummary>;

/** Money of an order in the payment currency, computed by the gateway from its operations. */
export const OrderTotals = z
  .object({
    authorized: Amount,
    charged: Amount,
    canceled: Amount,
    /** What can still be confirmed (Delayed) or cancelled/refunded (paid). */
    remaining: Amount,
  })
  .register(z.globalRegistry, { id: 'OrderTotals' });
export type OrderTotals = z.infer<typeof OrderTotals>;

export const OrderDetail = z
  .extend(OrderSummary, {
    comment: z.nullable(z.string().check(z.maxLength(4000))),
    /** Whether the financial transaction (settlement) has been sent: decides reversal vs refund. */
    settled: z.boolean(),
    cancelcount: z.int().check(z.minimum(0)),
    totals: OrderTotals,
    operations: z.array(Operation),
  })
  .register(z.globalRegistry, { id: 'OrderDetail' });
export type OrderDetail = z.infer<typeof OrderDetail>;

export const ORDER_SORTS = [
  '-orderdate',
  'orderdate',
  '-orderamount',
  'orderamount',
  'orderstate',
  '-orderstate',
  'confirmdeadline',
  '-confirmdeadline',
] as const;
export const OrderSort = z.enum(ORDER_SORTS);
export type OrderSort = z.infer<typeof OrderSort>;

/**
 * A comma-separated list of listed values in a query string, e.g. state=Delayed,Approved. The
 * pattern lets the published document say which values are allowed; the pipe checks them again.
 */
function listParam<const V extends readonly [string, ...string[]]>(values: V) {
  const item = `(?:${values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  return z.pipe(
    z.pipe(
      z
        .string()
        .check(z.regex(new RegExp(`^${item}(?:,${item})*$`), `one or more of ${values.join(', ')}, comma-separated`)),
      z.transform((text) => text.split(',')),
    ),
    z.array(z.enum(values)).check(z.maxLength(values.length)),
  );
}

/**
 * A positive integer query parameter: decimal digits without a leading zero, so "0x10", "1e1", " 5" or "05" are refused
 * although Number() would read them. Numbers are accepted as they are (the client's own input).
 */
function positiveIntParam(max: number, fallback: number) {
  return z
    ._default(
      z.pipe(
        z.union([
          z.number(),
          z.pipe(
            z.string().check(z.regex(/^[1-9][0-9]{0,8}$/, 'decimal digits, no sign or leading zero')),
            z.transform(Number),
          ),
        ]),
        z.int().check(z.minimum(1), z.maximum(max)),
      ),
      fallback,
    )
    .register(z.globalRegistry, { wire: { type: 'integer', minimum: 1, maximum: max, default: fallback } });
}

/** The gateway's order types: one-stage (Delay=0) and two-stage (Delay=1). */
export const ORDER_TYPES = ['one-stage', 'two-stage'] as const;
export const OrderType = z.enum(ORDER_TYPES);
export type OrderType = z.infer<typeof OrderType>;

/** Monitoring covers the last 1.5 years; a longer period is refused (secondcode 4, docs/domain.md §4). */
export const MAX_PERIOD_DAYS = 548;

/**
 * Filters of the orders list, counts and export. A full `ordernumber` (no `%`) matches exactly
 * and ignores every other filter, the period included; with `%` it is a mask within the others.
 */
export const OrderFilters = z.object({
  from: z.optional(Instant),
  to: z.optional(Instant),
  state: z.optional(listParam(ORDER_STATES)),
  ordertype: z.optional(OrderType),
  ordernumber: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  billnumber: z.optional(z.string().check(z.regex(/^\d{1,16}$/, 'billnumber: digits only'))),
  amountFrom: z.optional(AmountInput),
  amountTo: z.optional(AmountInput),
  currency: z.optional(Currency),
  means: z.optional(MeansType),
  brand: z.optional(Brand),
  cardFirst6: z.optional(z.string().check(z.regex(/^\d{6}$/, 'cardFirst6: six digits'))),
  cardLast4: z.optional(z.string().check(z.regex(/^\d{4}$/, 'cardLast4: four digits'))),
  customer: z.optional(z.string().check(z.minLength(1), z.maxLength(70))),
  email: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
});
export type OrderFilters = z.infer<typeof OrderFilters>;

export const OrderFiltersQuery = z.strictObject(OrderFilters.shape);

export const MAX_PAGE_SIZE = 100;

export const OrderListQuery = z.strictObject({
  ...OrderFilters.shape,
  page: positiveIntParam(100_000, 1),
  pageSize: positiveIntParam(MAX_PAGE_SIZE, 25),
  sort: z._default(OrderSort, '-orderdate'),
});
export type OrderListQuery = z.infer<typeof OrderListQuery>;
export type OrderListQueryInput = z.input<typeof OrderListQuery>;

export const OrderList = z
  .object({
    items: z.array(OrderSummary),
    total: z.int().check(z.minimum(0)),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
  })
  .register(z.globalRegistry, { id: 'OrderList' });
export type OrderList = z.infer<typeof OrderList>;

/**
 * Quick views of the monitor: each is a group of states. Counts are computed over the other
 * filters (the state filter is ignored, since each view sets its own).
 */
export const ORDER_VIEWS = ['all', 'delayed', 'paid', 'canceled', 'failed', 'inprocess'] as const;
export type OrderView = (typeof ORDER_VIEWS)[number];
export const VIEW_STATES: Record<Exclude<OrderView, 'all'>, readonly OrderState[]> = {
  delayed: ['Delayed'],
  paid: ['Approved', 'PartialDelayed', 'PartialApproved'],
  canceled: ['Canceled', 'PartialCanceled'],
  failed: ['Declined', 'Timeout'],
  inprocess: ['In Process'],
};

export const OrderCounts = z
  .object(
    Object.fromEntries(ORDER_VIEWS.map((view) => [view, z.int().check(z.minimum(0))])) as Record<
      OrderView,
      z.ZodMiniInt
    >,
  )
  .register(z.globalRegistry, { id: 'OrderCounts' });
export type OrderCounts = z.infer<typeof OrderCounts>;

/** Columns of the CSV export, in the grid's vocabulary. */
export const EXPORT_COLUMNS = [
  'orderdate',
  'ordernumber',
  'billnumber',
  'orderstate',
  'testmode',
  'amount',
  'currency',
  'orderamount',
  'ordercurrency',
  'paymentmeans',
  'cardnumber',
  'cardholder',
  'customer',
  'email',
  'processing',
  'threedsresult',
] as const;
export const ExportColumn = z.enum(EXPORT_COLUMNS);
export type ExportColumn = z.infer<typeof ExportColumn>;

export const OrderExportQuery = z.strictObject({
  ...OrderFilters.shape,
  sort: z._default(OrderSort, '-orderdate'),
  /** Comma-separated; all columns when absent. */
  columns: z.optional(listParam(EXPORT_COLUMNS)),
  /** Language of the header row, state labels and dates. */
  lang: z._default(z.enum(LANGUAGES), 'ru'),
});
export type OrderExportQuery = z.infer<typeof OrderExportQuery>;

/** Headers of the export's answer: the file name to save under, and the row count before the first row. */
export const OrderExportHeaders = z.object({
  'content-disposition': z.string().check(z.regex(/^attachment; filename="orders-[A-Za-z0-9_-]+-\d{8}-\d{4}\.csv"$/)),
  'x-total-count': z.string().check(z.regex(/^\d+$/)),
});
export type OrderExportQueryInput = z.input<typeof OrderExportQuery>;
