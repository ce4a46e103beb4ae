/** Groups for the business (or personal) details: update the End-User, or create a missing one. */
import type { EndUserType } from "@/lib/domain/types";
import { type BuildContext, failuresOf, markPassed } from "./build-context";
import { textOf, toDescriptor } from "./field-descriptor";
import { EVALUATION_CODES, guidanceParts } from "./guidance";
import { fieldsOf } from "./regulation-index";
import type { FormGroup } from "./types";

function endUserTypeOf(type: string, fallback: EndUserType): EndUserType {
  return type === "individual" || type === "business" ? type : fallback;
}

/** Also records the End-User values documents must repeat (`ctx.shared`). */
export function endUserGroups(ctx: BuildContext): FormGroup[] {
  const groups = new Map<string, FormGroup>();
  for (const req of ctx.regulation.requirements.endUser) {
    const type = endUserTypeOf(req.type, ctx.regulation.endUserType);
    const endUser = ctx.endUsers.find((eu) => eu.type === type) ?? null;
    const result = ctx.results.get(req.requirementName);
    const id = endUser ? `end_user:${endUser.sid}` : `new_end_user:${req.requirementName}`;
    const fields = fieldsOf(req);
    for (const f of fields)
      if (!ctx.shared.has(f.machineName))
        ctx.shared.set(f.machineName, {
          value: textOf(endUser?.attributes[f.machineName]),
          groupId: id,
        });

    const failed = result ? !result.passed : endUser === null;
    const editing = !failed && endUser !== null && !!ctx.editing?.has(endUser.sid);
    if (!failed && !editing) {
      if (result) markPassed(ctx, result);
      continue;
    }
    const failures = failuresOf([result]);
    const attributes = endUser?.attributes ?? {};
    const group: FormGroup = groups.get(id) ?? {
      id,
      kind: "end_user",
      action: endUser ? "update" : "create",
      objectSid: endUser?.sid ?? null,
      title: ctx.t("title", { type }),
      requirements: [],
      guidance: guidanceParts(
        {
          errorCode: endUser ? EVALUATION_CODES.endUserField : EVALUATION_CODES.missingEndUser,
          endUserType: type,
        },
        ctx.t,
      ).advice,
      documentTypes: [],
      needsFile: false,
      endUserType: type,
      fields: [],
    };
    group.requirements.push({
      name: req.requirementName,
      friendlyName: result?.requirementFriendlyName || req.name,
    });
    for (const f of fields) {
      if (group.fields.some((d) => d.name === f.machineName)) continue;
      group.fields.push(
        toDescriptor(f, { attributes, failure: failures.get(f.machineName) }, ctx.t),
      );
    }
    // Opened from the review to change a passing item: no advice, nothing is wrong with it.
    if (editing && !groups.has(id)) Object.assign(group, { guidance: null, openedToEdit: true });
    else if (failed) delete group.openedToEdit;
    groups.set(id, group);
  }
  return [...groups.values()];
}
