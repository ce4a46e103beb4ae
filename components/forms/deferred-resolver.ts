/**
 * A react-hook-form resolver whose code (zod, the shared schema, zodResolver) is fetched on first
 * use rather than with the page: zod alone is ~30 KB of a page's first-load JavaScript, over
 * issue 15's budget, and Turbopack cannot tree-shake it (README, "Page weight"). The form starts
 * the fetch when it is first focused (`preload`); the first validation waits for it, later ones
 * run at once. If it cannot be fetched (offline), validation answers with `failure` as the
 * form's `root.server` error, so the form says so and never hangs in "Saving…".
 */
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

export type DeferredResolver<V extends FieldValues, O> = Resolver<V, unknown, O> & {
  preload: () => void;
};

export function deferredResolver<V extends FieldValues, O = V>(
  load: () => Promise<Resolver<V, unknown, O>>,
  failure: string,
): DeferredResolver<V, O> {
  let loading: Promise<Resolver<V, unknown, O>> | null = null;
  const get = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null; // try again next time
      throw error;
    }));
  const resolver = async (...args: Parameters<Resolver<V, unknown, O>>) => {
    let resolve: Resolver<V, unknown, O>;
    try {
      resolve = await get();
    } catch {
      const errors = { root: { server: { type: "load", message: failure } } };
      return { values: {}, errors: errors as unknown as FieldErrors<V> };
    }
    return resolve(...args);
  };
  return Object.assign(resolver, { preload: () => void get().catch(() => {}) });
}
