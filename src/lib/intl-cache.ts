const FORMATS = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * One Intl formatter per set of options, made once: creating one costs far more than using it,
 * and a page of orders formats a few hundred dates and amounts.
 */
export function cachedFormat<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let format = FORMATS.get(key);
  if (!format) {
    format = create();
    FORMATS.set(key, format);
  }
  return format as T;
}
