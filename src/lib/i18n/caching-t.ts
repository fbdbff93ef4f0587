import type { TFunction } from 'i18next';

/**
 * `t` that looks each plain key (no options) up once: a page of rows asks for the same few
 * labels (states, brands) hundreds of times, and every lookup walks i18next's resolution.
 * Calls with options (interpolation, plurals) go straight through. Make a new one per `t`,
 * i.e. per language.
 */
export function cachingT(t: TFunction): TFunction {
  const plain = t as unknown as (key: string, ...rest: unknown[]) => string;
  const cache = new Map<string, string>();
  const cached = (key: string, ...rest: unknown[]) => {
    if (rest.length > 0) return plain(key, ...rest);
    let value = cache.get(key);
    if (value === undefined) {
      value = plain(key);
      cache.set(key, value);
    }
    return value;
  };
  return cached as unknown as TFunction;
}
