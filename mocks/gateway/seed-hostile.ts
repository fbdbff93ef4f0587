import type { Customer } from '@/api/orders';

/**
 * Data that breaks careless UIs: markup and scripts (must render as text), SQL-looking input,
 * emoji, right-to-left text, maximal lengths. Seeded among ordinary orders so every screen
 * meets them.
 */
export interface HostileTouch {
  customer?: Partial<Customer>;
  comment?: string;
  ordernumber?: string;
}

const LONG_ORDERNUMBER = `PL-MARKETPLACE-${'0123456789ABCDEF'.repeat(8)}`.slice(0, 128);

export const HOSTILE: readonly HostileTouch[] = [
  {
    customer: { firstname: '<script>alert(1)</script>', email: 'xss@example.com' },
    comment: '<script>alert(1)</script>',
  },
  { customer: { lastname: '<img src=x onerror=alert(1)>' }, comment: '<img src=x onerror=alert(1)>' },
  { customer: { lastname: '"; DROP TABLE orders; --' }, comment: "Robert'); DROP TABLE Students;--" },
  {
    customer: { firstname: 'Котик 🐱', lastname: 'Книголюбов 📚' },
    comment: 'Подарок 🎁 на день рождения 🎂, не открывать до 12.03 🙏',
  },
  {
    customer: { firstname: 'محمد', lastname: 'العلي', middlename: null },
    comment: 'שלום, please deliver after 18:00 — ‏مرحبا‏',
  },
  { ordernumber: LONG_ORDERNUMBER, comment: 'Заказ с маркетплейса: номер максимальной длины (128 символов)' },
  {
    customer: { firstname: 'А'.repeat(70), lastname: 'Оченьдлиннофамильная-Двойнаяфамилия-Третьячастьфамилии-Ещечуть' },
  },
  {
    customer: { email: 'very.long.address+books-and-more@subdomain.mail.example.com' },
    comment: 'Комментарий '.repeat(330),
  },
  { customer: { firstname: 'Zero\u200bWidth', lastname: 'Tab\tName' }, comment: 'Line one\nLine two\n\n  indented' },
  { customer: { firstname: '{{constructor.constructor("alert(1)")()}}', lastname: '${7*7}' }, comment: '%s%s%n %x' },
];
