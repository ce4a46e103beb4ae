import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { recordAudit } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import { inspectUpload, type DocumentMime } from "@/lib/uploads/inspect";
import {
  MISSING_FILE,
  fileRule,
  parseGroupSubmission,
  type FormGroup,
  type GroupValues,
} from "@/lib/requirements";
import { canEdit } from "@/lib/workflow";
import { applyGroup } from "./apply-group";
import { requireOpenRequest } from "./authorize";
import { evaluateCopy } from "./evaluate";
import { buildFixForm } from "./fix-form";
import { withLease } from "./lease";
import { rememberSnapshot } from "./recent-snapshot";
import { record, syncRequest } from "./sync";
import { itemsVersion, toSnapshot } from "./twilio-reads";
import { seedItems } from "./item-cache";

export interface SaveGroupRequest {
  originalSid: string;
  groupId: string;
  values: Record<string, unknown>;
  file?: File | undefined;
}

export type SaveGroupOutcome =
  | { saved: true; itemSid: string; compliant: boolean; failedCount: number }
  | { saved: false; fieldErrors: Record<string, string[]> };

const invalid = (field: string, message: string): SaveGroupOutcome => ({
  saved: false,
  fieldErrors: { [field]: [message] },
});

/**
 * The file rules the server enforces whatever the browser checked: the bytes must be a readable
 * PDF, JPEG or PNG (lib/uploads/inspect.ts), and the type Twilio is told is the one the bytes
 * show, not the browser's.
 */
async function checkFile(
  group: FormGroup,
  values: GroupValues,
  file: File | undefined,
): Promise<{ problem: string } | { upload: { file: File; mimeType: DocumentMime } | undefined }> {
  if (file) {
    const inspected = await inspectUpload(file);
    if (!inspected.ok) return { problem: inspected.message };
    return { upload: { file, mimeType: inspected.mimeType } };
  }
  if (fileRule(group, values.type).required) return { problem: MISSING_FILE };
  return { upload: undefined };
}

/**
 * Step 2: validates one form group against the schema rebuilt from Twilio's data (never the
 * browser's), writes it to the copy's items, then re-evaluates so the page shows what is left.
 */
export async function saveGroup(
  ctx: AccountContext,
  input: SaveGroupRequest,
): Promise<SaveGroupOutcome> {
  const sub = ctx.account.subaccountSid;
  const opened = await requireOpenRequest(ctx, input.originalSid);
  return withLease(opened.id, async () => {
    const { row, state, snapshot } = await syncRequest(sub, opened, { reuseRecent: true });
    const guard = canEdit(state);
    if (!guard.ok || !snapshot.copy)
      throw new AppError("conflict:update_request", guard.ok ? undefined : guard.message);
    // An address made moments ago (another tab or instance) may be missing from the cached list.
    const named = JSON.stringify(input.values).match(/AD[0-9a-fA-F]{32}/g) ?? [];
    let built = await buildFixForm(sub, row, snapshot.copy);
    if (named.some((sid) => !built.addresses.some((a) => a.sid === sid)))
      built = await buildFixForm(sub, row, snapshot.copy, { freshAddresses: true });
    const { form, addresses } = built;
    const group = form.groups.find((g) => g.id === input.groupId);
    if (!group)
      return invalid(
        "_form",
        "This section no longer needs changes. Reload the page to see what is still needed.",
      );
    const parsed = parseGroupSubmission(group, input.values, {
      addressSids: new Set(addresses.map((a) => a.sid)),
    });
    if (!parsed.ok) return { saved: false, fieldErrors: parsed.fieldErrors };
    const checked = await checkFile(group, parsed.data, input.file);
    if ("problem" in checked) return invalid("file", checked.problem);

    const change = await applyGroup(sub, snapshot.copy, group, parsed.data, checked.upload);
    const changed = await record(row, { type: "item_changed", at: new Date() }, ctx.user.id, {
      groupId: group.id,
      title: group.title,
      ...change,
    });
    await recordAudit(ctx, {
      action: `update.item_${change.how}`,
      targetSid: change.itemSid,
      details: { originalSid: input.originalSid, copySid: row.copySid, groupId: group.id },
    });
    const { row: final, evaluation } = await evaluateCopy(sub, changed.row, ctx.user.id);
    rememberSnapshot(final, toSnapshot(snapshot.original, { ...change.copy, itemsRead: true }));
    seedItems(change.copy, itemsVersion(final));
    const failedCount = evaluation.results.filter((r) => !r.passed).length;
    return {
      saved: true,
      itemSid: change.itemSid,
      compliant: evaluation.status === "compliant",
      failedCount,
    };
  });
}
