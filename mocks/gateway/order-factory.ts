import type { Currency } from '@/api/common';
import type { Customer } from '@/api/orders';
import { MINUTE } from './clock';
import type { Minor } from './money';
import type { OrderRecord } from './model';

/** How long the gateway's payment page waits for the buyer before closing the order. */
export const PAYMENT_PAGE_TIMEOUT = 20 * MINUTE;

export interface NewOrder {
  profileId: string;
  billnumber: string;
  testmode: boolean;
  createdAt: number;
  ordernumber: string;
  orderamount: Minor;
  ordercurrency: Currency;
  delay: boolean;
  customer: Customer;
  comment: string | null;
}

export function namesKeyOf(customer: Customer): string {
  return [customer.firstname, customer.lastname, customer.middlename]
    .filter((part): part is string => part !== null)
    .join('\n')
    .toLowerCase();
}

/**
 * A fresh order as the shop's payment request creates it: In Process, no operations yet.
 * Every field is written out in one literal (no spread) so that all orders share one hidden
 * class; list passes over 200 000 orders stay fast only while property access is monomorphic.
 */
export function createOrderRecord(init: NewOrder): OrderRecord {
  return {
    profileId: init.profileId,
    billnumber: init.billnumber,
    ordernumber: init.ordernumber,
    createdAt: init.createdAt,
    orderamount: init.orderamount,
    ordercurrency: init.ordercurrency,
    delay: init.delay,
    testmode: init.testmode,
    customer: init.customer,
    comment: init.comment,
    means: null,
    amount: null,
    currency: null,
    rate: null,
    processing: null,
    threeds: null,
    operations: [],
    state: 'In Process',
    settledAt: null,
    settleDueAt: null,
    confirmDeadline: null,
    paymentTimeoutAt: init.createdAt + PAYMENT_PAGE_TIMEOUT,
    namesKey: namesKeyOf(init.customer),
    emailKey: (init.customer.email ?? '').toLowerCase(),
  };
}
