"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { FieldErrors as HookFormErrors, UseFormReturn } from "react-hook-form";
import type { FileRule, FormGroup, GroupValues } from "@/lib/requirements";
import { missingFile } from "@/lib/requirements/upload-rules";
import { announceSaved } from "@/components/update/status-focus";
import { encodeGroupSubmission } from "./form-data";
import { errorMessage, formAlertLines, splitServerErrors } from "./form-errors";
import type { RequirementGroupFormProps } from "./types";
import type { useUpload } from "./use-upload";

interface Options extends Pick<RequirementGroupFormProps, "originalSid" | "save"> {
  group: FormGroup;
  form: UseFormReturn<GroupValues>;
  /** The names the form shows an error beside (fields, and `type` when picked). */
  shown: ReadonlySet<string>;
  rule: FileRule;
  fileInputId: string;
  files: ReturnType<typeof useUpload>;
  /** The address added in the section, made on Twilio with this save. */
  newAddress: Record<string, string> | null;
}

/**
 * Submitting one group: the file rule, one request at a time, and the action's answer spread
 * over the form (field errors beside fields, the rest in the form-level alert).
 */
export function useGroupSave({
  originalSid,
  save,
  group,
  form,
  shown,
  rule,
  fileInputId,
  files,
  newAddress,
}: Options) {
  const t = useTranslations("Forms");
  const tv = useTranslations("Validation");
  const [saved, setSaved] = useState(false);
  const inFlight = useRef(false);
  const { setError } = form;
  const fileMissing = () => rule.required && !files.upload.file;

  function showFormError(message: string) {
    setError("root.server", { type: "server", message });
  }

  async function onValid(values: GroupValues) {
    setSaved(false);
    // A refused file blocks the save: saving the section without it would look like success.
    if (files.upload.error) {
      document.getElementById(fileInputId)?.focus();
      return;
    }
    if (fileMissing()) {
      files.fail(missingFile(tv));
      document.getElementById(fileInputId)?.focus();
      return;
    }
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const file = rule.show ? files.upload.file : null;
      const result = await save(
        encodeGroupSubmission({ originalSid, groupId: group.id, values, file, newAddress }),
      );
      if (result.ok) {
        files.clear();
        setSaved(true);
        announceSaved(group.title);
        return;
      }
      const split = splitServerErrors(result.fieldErrors, shown);
      split.fields.forEach(([name, message], i) =>
        setError(name, { type: "server", message }, { shouldFocus: i === 0 }),
      );
      if (split.file) files.fail(split.file);
      showFormError(formAlertLines(result.message, split.form).join(" "));
    } catch {
      showFormError(t("offline"));
    } finally {
      inFlight.current = false;
    }
  }

  /** Client-side failures: also flag a missing file, and surface errors no field shows. */
  function onInvalid(errors: HookFormErrors<GroupValues>) {
    setSaved(false);
    if (fileMissing()) files.fail(missingFile(tv));
    const unshown = Object.entries(errors)
      .filter(([name]) => name !== "root" && !shown.has(name))
      .map(([, error]) => errorMessage(error))
      .filter((m): m is string => !!m);
    if (unshown.length > 0) showFormError(formAlertLines(null, unshown).join(" "));
  }

  return { saved, onValid, onInvalid };
}
