/** The props the generated forms take from the page: data from the server, actions to call. */
import type { ActionResult } from "@/lib/actions/result";
import type { AddressOption, FormGroup } from "@/lib/requirements";

export type SaveGroupAction = (data: FormData) => Promise<ActionResult<{ groupId: string }>>;

/** What an address field needs beyond its descriptor. */
export interface AddressProps {
  originalSid: string;
  /** The account's saved addresses ({ value: "AD…", label }). */
  addresses: AddressOption[];
}

export interface RequirementGroupFormProps {
  /** The Bundle being updated (the original, not the copy). */
  originalSid: string;
  group: FormGroup;
  addresses: AddressOption[];
  /** Server action: reads `saveGroupInput` (lib/actions/schemas/update.ts) from the FormData. */
  save: SaveGroupAction;
  /** Opened on purpose (the review's Edit link): its first field takes focus. */
  focusOnOpen?: boolean;
}
