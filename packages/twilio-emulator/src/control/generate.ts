import { z } from "zod";
import { DAY_MS } from "../dates";
import type { Runtime } from "../runtime";
import { newSid } from "../sid";

export const generateSchema = z.object({
  accountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
  count: z.number().int().min(1).max(50_000),
  /** Share of generated bundles given a valid_until within the next 90 days (0–1). */
  expiringShare: z.number().min(0).max(1).default(0.3),
  /**
   * A Bundle of the same account whose regulation and items every generated Bundle shares, so
   * each is complete (its copies pass evaluation); without it they are empty shells for paging.
   */
  templateSid: z.string().regex(/^BU[0-9a-fA-F]{32}$/).optional(),
});

/** Bulk-creates approved bundles (no items) for paging tests and benchmarks. */
export function generateBundles(runtime: Runtime, input: z.infer<typeof generateSchema>) {
  const { store } = runtime;
  const account = store.accounts.get(input.accountSid);
  if (!account) return { error: "unknown account" };
  const template = input.templateSid ? store.bundles.get(input.templateSid) : undefined;
  if (input.templateSid && (!template || template.account_sid !== account.sid))
    return { error: "unknown template bundle" };
  const templateItems = template ? store.itemAssignments.by(template.sid) : [];
  const regulations = template
    ? store.regulations.all().filter((r) => r.sid === template.regulation_sid)
    : store.regulations.all();
  const now = store.now();
  for (let i = 0; i < input.count; i++) {
    const regulation = regulations[i % regulations.length]!;
    const created = now - (input.count - i) * 60_000;
    const sid = newSid("BU");
    store.bundles.put({
      sid,
      account_sid: account.sid,
      regulation_sid: regulation.sid,
      friendly_name: `Generated bundle ${i + 1}`,
      status: "twilio-approved",
      email: "bulk@example.com",
      status_callback: null,
      valid_until:
        (i * 7919) % 100 < input.expiringShare * 100 ? now + ((i % 90) + 1) * DAY_MS : null,
      date_created: created,
      date_updated: created,
      copy_of: null,
      is_test: false,
      regulation_version: regulation.version,
    });
    for (const item of templateItems)
      store.itemAssignments.put({
        sid: newSid("BV"),
        bundle_sid: sid,
        account_sid: account.sid,
        object_sid: item.object_sid,
        date_created: created,
      });
  }
  runtime.recomputeExpiry();
  return { created: input.count, total: store.bundles.by(account.sid).length };
}
