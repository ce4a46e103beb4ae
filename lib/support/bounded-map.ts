/**
 * Maps over items with at most `limit` calls in flight, keeping the input order. The console
 * reads every account's Bundles from Twilio; unbounded, hundreds of accounts would mean hundreds
 * of simultaneous requests (and 429s). A dozen lines here instead of a dependency (p-limit).
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}
