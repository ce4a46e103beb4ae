"use server";

import { revalidatePath } from "next/cache";
import { accountAction } from "@/lib/actions/safe-action";
import { ok, type ActionResult } from "@/lib/actions/result";
import {
  accountNoticeSettingsInput,
  addContactInput,
  contactCategoriesInput,
  contactIdInput,
} from "@/lib/actions/schemas/notifications";
import {
  addContact,
  removeContact,
  resendConfirmation,
  saveNoticeSettings,
  setContactCategories,
} from "@/lib/dal/notifications";
import { currentLocale } from "@/lib/i18n/request";

/**
 * The notification settings' actions: thin wrappers (schema → account context → data layer,
 * which scopes by the account and audits). Support in assist mode may use them; read-only
 * support is refused by accountAction.
 */
const PAGE = "/settings/notifications";
const done = <T>(data: T): ActionResult<T> => {
  revalidatePath(PAGE);
  return ok(data);
};

/**
 * A contact added by the customer gets mail in the language the customer sees the portal in;
 * one added by support gets the customer's saved language or the default (not the staff's).
 */
const pageLocale = async (ctx: { impersonation: unknown }) =>
  ctx.impersonation ? undefined : await currentLocale();

export const addContactAction = accountAction(addContactInput, async (input, ctx) =>
  done(
    await addContact(ctx, { ...input, name: input.name ?? null, locale: await pageLocale(ctx) }),
  ),
);

/** "Add as contact" beside a Bundle's own email address. */
export const addBundleEmailAction = accountAction(
  addContactInput.pick({ email: true }),
  async ({ email }, ctx) =>
    done(
      await addContact(ctx, {
        email,
        name: null,
        categories: ["deadlines", "reviews", "support"],
        source: "bundle_email",
        locale: await pageLocale(ctx),
      }),
    ),
);

export const removeContactAction = accountAction(contactIdInput, async ({ contactId }, ctx) => {
  await removeContact(ctx, contactId);
  return done(undefined);
});

export const resendConfirmationAction = accountAction(
  contactIdInput,
  async ({ contactId }, ctx) => {
    await resendConfirmation(ctx, contactId);
    return done(undefined);
  },
);

export const setCategoriesAction = accountAction(
  contactCategoriesInput,
  async ({ contactId, categories }, ctx) =>
    done(await setContactCategories(ctx, contactId, categories)),
);

export const saveNoticeSettingsAction = accountAction(
  accountNoticeSettingsInput,
  async (input, ctx) => done(await saveNoticeSettings(ctx, input)),
);
