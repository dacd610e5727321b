/** Most formatters a process keeps; past it the cache starts over. */
const MAX_FORMATTERS = 64;

/**
 * Building an Intl formatter costs far more than using one, and render is called again and
 * again, so formatters are kept per process. The keys are resolved locales (see chooseLocale),
 * never the tag a resume wrote, and the cache is bounded all the same.
 */
export function cachedFormatter<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    if (cache.size >= MAX_FORMATTERS) cache.clear();
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}
