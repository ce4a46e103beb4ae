/**
 * One instance per server process of something that would otherwise be module state. Next.js
 * compiles route handlers and pages into separate module graphs, so a module-level cache exists
 * once per graph: a status callback (a route handler) would not see what a page cached, and
 * vice versa. Keyed by a registered symbol, the value is shared by every copy of the module.
 */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`compliance-portal:${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return (slots[key] ??= create());
}
