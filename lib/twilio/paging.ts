import type { Paged } from "@/lib/domain/types";

/** The parts of an SDK Page the gateway reads. */
export interface SdkPage<TInstance> {
  instances: TInstance[];
  nextPageUrl?: string;
  previousPageUrl?: string;
  _payload?: unknown;
}

/** numbers v2 pages carry `meta.page`/`meta.page_size`; v2010 pages carry them at the top level. */
function pageMeta(payload: unknown): { page?: unknown; page_size?: unknown } {
  if (!payload || typeof payload !== "object") return {};
  const p = payload as { meta?: unknown; page?: unknown; page_size?: unknown };
  return p.meta && typeof p.meta === "object"
    ? (p.meta as { page?: unknown; page_size?: unknown })
    : p;
}

export function toPaged<TInstance, T>(
  page: SdkPage<TInstance>,
  convert: (value: TInstance) => T,
): Paged<T> {
  const meta = pageMeta(page._payload);
  const items = page.instances.map(convert);
  return {
    items,
    page: typeof meta.page === "number" ? meta.page : 0,
    pageSize: typeof meta.page_size === "number" ? meta.page_size : items.length,
    nextPageUrl: page.nextPageUrl || null,
    previousPageUrl: page.previousPageUrl || null,
  };
}
