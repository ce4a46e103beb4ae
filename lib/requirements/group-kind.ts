/** What kind of group a form group is. No zod here: the browser's first load imports it. */
import type { FormGroup } from "./types";

export function isCreateDocument(group: FormGroup): boolean {
  return group.kind === "supporting_document" && group.action === "create";
}
