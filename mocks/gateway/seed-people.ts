import type { Customer } from '@/api/orders';
import { digits, type Random } from './prng';

const RU_MALE = [
  'Александр',
  'Дмитрий',
  'Максим',
  'Сергей',
  'Андрей',
  'Алексей',
  'Иван',
  'Михаил',
  'Никита',
  'Павел',
  'Егор',
  'Артём',
  'Олег',
  'Юрий',
];
const RU_FEMALE = [
  'Анна',
  'Мария',
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Екатерина',
  'Ирина',
  'Светлана',
  'Дарья',
  'Алина',
  'Юлия',
  'Ксения',
  'Вера',
];
const RU_LAST = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
];
const RU_PATRONYMIC = [
  'Александров',
  'Дмитриев',
  'Сергеев',
  'Андреев',
  'Алексеев',
  'Иванов',
  'Михайлов',
  'Петров',
  'Николаев',
  'Викторов',
];
const LATIN_FIRST = [
  'John',
  'Emma',
  'Oliver',
  'Sophia',
  'Lukas',
  'Mia',
  'Aidos',
  'Aigerim',
  'Siarhei',
  'Volha',
  'Pierre',
  'Chloé',
  'Jürgen',
  'Zoë',
];
const LATIN_LAST = [
  'Smith',
  'Müller',
  'Dubois',
  'Nowak',
  'Garcia',
  'Nurlanov',
  'Kaliyeva',
  'Ivanou',
  'Rossi',
  "O'Brien",
  'van der Berg',
  'Ó Súilleabháin',
];
const MAIL_DOMAINS = ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'rambler.ru', 'outlook.com', 'list.ru'];

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const latinCache = new Map<string, string>();

/** Names repeat a lot, so transliterations are memoised. */
function latin(text: string): string {
  let cached = latinCache.get(text);
  if (cached === undefined) {
    cached = Array.from(text.toLowerCase(), (ch) => TRANSLIT[ch] ?? ch)
      .join('')
      .normalize('NFD')
      .replace(/[^a-z0-9]/g, '');
    latinCache.set(text, cached);
  }
  return cached;
}

function email(random: Random, first: string, last: string): string {
  const style = random.int(0, 2);
  const surname = latin(last);
  const local =
    style === 0
      ? `${latin(first)}.${surname}`
      : style === 1
        ? `${surname}${random.int(1, 99)}`
        : `${latin(first).slice(0, 1) || 'x'}${surname}`;
  return `${local}@${random.pick(MAIL_DOMAINS)}`;
}

/** A buyer: mostly Russian names (with patronymic), some Latin; contact data sometimes absent. */
export function randomCustomer(random: Random): Customer {
  const russian = random.chance(0.82);
  let firstname: string;
  let lastname: string;
  let middlename: string | null = null;
  if (russian) {
    const female = random.chance(0.55);
    firstname = random.pick(female ? RU_FEMALE : RU_MALE);
    const last = random.pick(RU_LAST);
    lastname = female ? `${last}а` : last;
    if (random.chance(0.6)) middlename = `${random.pick(RU_PATRONYMIC)}${female ? 'на' : 'ич'}`;
  } else {
    firstname = random.pick(LATIN_FIRST);
    lastname = random.pick(LATIN_LAST);
  }
  return {
    firstname,
    lastname,
    middlename,
    email: random.chance(0.92) ? email(random, firstname, lastname) : null,
    phone: random.chance(0.7)
      ? `+7 9${digits(random, 2)} ${digits(random, 3)}-${digits(random, 2)}-${digits(random, 2)}`
      : null,
  };
}

/** A developer of the shop trying the integration on the test profile. */
export function testCustomer(random: Random): Customer {
  const [firstname, lastname] = random.pick([
    ['Тест', 'Тестов'],
    ['Иван', 'Проверкин'],
    ['Test', 'User'],
    ['Анна', 'Разработчикова'],
  ] as const);
  return { firstname, lastname, middlename: null, email: `dev${random.int(1, 5)}@polka.example`, phone: null };
}

/** Embossed name: transliterated, upper case, as a card carries it. */
export function cardholderOf(customer: Customer): string {
  const name = `${latin(customer.firstname ?? '')} ${latin(customer.lastname ?? '')}`.trim().toUpperCase();
  return name === '' ? 'CARDHOLDER' : name;
}

export function buyerIp(random: Random): string {
  return `${random.pick([5, 31, 46, 77, 78, 85, 95, 109, 178, 188, 212, 217])}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
}
