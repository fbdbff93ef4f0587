import type { Currency } from '@/api/common';
import type { CancelReason } from '@/api/order-actions';
import type {
  Customer,
  OperationState,
  OperationType,
  OrderState,
  PaymentMeans,
  ThreeDsResult,
  TransactionType,
} from '@/api/orders';
import type { Minor } from './money';

/**
 * The gateway's own records. Amounts in minor units, instants in epoch milliseconds; the
 * wire shapes are built from these by views.ts only.
 */

/** The contract's reasons: 1 declined by the shop, 2 by the customer, 3 fraud. */
export type { CancelReason };

export const OP = {
  payment: '100',
  confirmation: '200',
  cancel: '300',
  bonusPayment: '400',
  bonusPaymentCancel: '410',
  bonusAccrual: '500',
  bonusAccrualCancel: '510',
} as const satisfies Record<string, OperationType>;

export interface TransactionRecord {
  type: TransactionType;
  amount: Minor;
  currency: Currency;
  state: 'P' | 'S' | 'F';
  date: number;
}

export interface OperationRecord {
  /** Ordinal within the order: the N of the extended billnumber. */
  n: number;
  type: OperationType;
  state: OperationState;
  amount: Minor;
  currency: Currency;
  start: number;
  end: number | null;
  responsecode: string | null;
  message: string | null;
  approvalcode: string | null;
  user: string | null;
  ip: string | null;
  reason: CancelReason | null;
  arn: string | null;
  /** The means the operation moved money or points on (the order's, shared); null before the buyer chose one. */
  means: PaymentMeans | null;
  /** The buyer's 3-D Secure result: payment operations only. */
  threeds: ThreeDsResult | null;
  transactions: TransactionRecord[];
}

export interface OrderRecord {
  profileId: string;
  billnumber: string;
  ordernumber: string;
  createdAt: number;
  orderamount: Minor;
  ordercurrency: Currency;
  delay: boolean;
  testmode: boolean;
  customer: Customer;
  comment: string | null;

  /** Set when the buyer starts paying. */
  means: PaymentMeans | null;
  amount: Minor | null;
  currency: Currency | null;
  rate: string | null;
  processing: string | null;
  threeds: ThreeDsResult | null;

  operations: OperationRecord[];
  /** Always equal to deriveState(operations, delay); stored so that lists need not derive it. */
  state: OrderState;

  /** When the financial transaction was sent; null while only authorized. */
  settledAt: number | null;
  /** When the next financial transaction is due; null when nothing is to be settled. */
  settleDueAt: number | null;
  /** Two-stage: authorization + 4 days. */
  confirmDeadline: number | null;
  /** While In Process: when the payment page gives up. */
  paymentTimeoutAt: number | null;

  /** Lower-cased first, last and middle names joined by "\n", precomputed for the customer filter. */
  namesKey: string;
  emailKey: string;
}
