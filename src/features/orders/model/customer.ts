import type { Customer } from '@/api/orders';

/** "Lastname Firstname Middlename", skipping what the shop did not send; null when nothing was. */
export function customerName(customer: Customer): string | null {
  const name = [customer.lastname, customer.firstname, customer.middlename]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join(' ');
  return name === '' ? null : name;
}
