"use server";

import { linkAction } from "@/lib/actions/safe-action";
import { ok } from "@/lib/actions/result";
import { linkPreferencesInput, linkTokenInput } from "@/lib/actions/schemas/notifications";
import {
  confirmContactByLink,
  savePreferencesByLink,
  unsubscribeByLink,
} from "@/lib/dal/notifications";

/** The signed links' actions: no sign-in; the data layer verifies each link's signature. */
export const confirmByLinkAction = linkAction(linkTokenInput, async ({ token }) =>
  ok(await confirmContactByLink(token)),
);

export const unsubscribeByLinkAction = linkAction(linkTokenInput, async ({ token }) =>
  ok(await unsubscribeByLink(token)),
);

export const savePreferencesByLinkAction = linkAction(
  linkPreferencesInput,
  async ({ token, categories, unsubscribe }) =>
    ok(await savePreferencesByLink(token, { categories, unsubscribe })),
);
