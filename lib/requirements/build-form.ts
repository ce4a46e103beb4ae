/**
 * Turns a regulation, the latest evaluation and the bundle's items into the wizard's form: one
 * group per item that needs work, every field the regulation defines for it (failed ones flagged),
 * values prefilled. The server rebuilds the same form from Twilio's data to validate a submission.
 */
import { type BuildFormInput, buildContext } from "./build-context";
import { documentGroups } from "./build-documents";
import { endUserGroups } from "./build-end-user";
import type { Translator } from "@/lib/i18n/translator";
import type { RequirementForm } from "./types";

export type { BuildFormInput } from "./build-context";

/** `t`: the customer's language for the titles and advice (the "Guidance" catalog). */
export function buildRequirementForm(
  input: BuildFormInput,
  t: Translator<"Guidance">,
): RequirementForm {
  const ctx = buildContext(input, t);
  // End-User first: documents compare their fields with its values.
  const groups = [...endUserGroups(ctx), ...documentGroups(ctx)];
  return {
    // Without an evaluation nothing is known to pass, so the bundle is not called compliant.
    compliant: input.evaluation?.status === "compliant" && groups.every((g) => g.openedToEdit),
    groups,
    passedRequirements: ctx.passed,
  };
}
