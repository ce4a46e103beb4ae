"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import type { GroupValues } from "@/lib/requirements";
import { isCreateDocument } from "@/lib/requirements/group-kind";
import { submittedFields } from "@/lib/requirements/merge";
import { fileRule } from "@/lib/requirements/upload-rules";
import { DocumentTypePicker } from "./document-type-picker";
import { FieldInput } from "./field-input";
import { FileField } from "./file-field";
import { GroupHeader } from "./group-header";
import { defaultValues } from "./group-model";
import { groupResolver } from "./group-resolver";
import { fieldId, sanitizeId } from "./ids";
import { SectionContext } from "./section-context";
import { primaryButtonClass } from "./styles";
import type { RequirementGroupFormProps } from "./types";
import { useGroupSave } from "./use-group-save";
import { useUpload } from "./use-upload";

export type { RequirementGroupFormProps } from "./types";

/**
 * One generated section of the update wizard: the group's fields validated in the browser by
 * the same zod schema the server re-checks, saved through the `save` server action.
 */
export function RequirementGroupForm(props: RequirementGroupFormProps) {
  const { originalSid, group, addresses } = props;
  const t = useTranslations("Forms");
  const tv = useTranslations("Validation");
  const base = sanitizeId(group.id);
  const offline = t("offline");
  const resolver = useMemo(() => groupResolver(group, tv, offline), [group, tv, offline]);
  const defaults = useMemo(
    () => defaultValues(group, new Set(addresses.map((a) => a.value))),
    [group, addresses],
  );
  const form = useForm<GroupValues>({ resolver, defaultValues: defaults });
  const type = useWatch({ control: form.control, name: "type" });
  const fields = submittedFields(group, { type });
  // A field's answer can ask for a new file (the mismatch choice): then the file is required.
  const [fileReason, setFileReason] = useState<string | null>(null);
  const baseRule = fileRule(group, type);
  const rule = fileReason ? { show: true, required: true } : baseRule;
  const picker = isCreateDocument(group) && group.documentTypes.length > 1;
  const shown = new Set([...fields.map((f) => f.name), ...(picker ? ["type"] : [])]);
  const fileInputId = fieldId(group.id, "file");
  const files = useUpload();
  const [newAddress, setNewAddress] = useState<Record<string, string> | null>(null);
  const { saved, onValid, onInvalid } = useGroupSave({
    ...props,
    form,
    shown,
    rule,
    fileInputId,
    files,
    newAddress,
  });
  const section = useMemo(
    () => ({
      originalSid,
      requireNewFile: (reason: string) => setFileReason(reason),
      setNewAddress,
    }),
    [originalSid],
  );
  useEffect(() => {
    if (fileReason) document.getElementById(fileInputId)?.focus();
  }, [fileReason, fileInputId]);
  const firstField = fields[0]?.name;
  const { focusOnOpen } = props;
  useEffect(() => {
    if (focusOnOpen && firstField) form.setFocus(firstField);
  }, [focusOnOpen, firstField, form]);
  const { isSubmitting, errors } = form.formState;
  const formError = errors.root?.server?.message;

  return (
    <section
      id={base}
      aria-labelledby={`${base}-title`}
      className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm"
    >
      <GroupHeader titleId={`${base}-title`} group={group} />
      <SectionContext.Provider value={section}>
        <FormProvider {...form}>
          <form
            noValidate
            onSubmit={form.handleSubmit(onValid, onInvalid)}
            onFocus={resolver.preload}
            className="mt-4 space-y-5"
          >
            {fields.some((f) => f.required) || rule.required ? (
              <p className="text-sm text-slate-700">{t("requiredNote")}</p>
            ) : null}
            {formError ? (
              <div
                role="alert"
                className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900"
              >
                {formError}
              </div>
            ) : null}
            {picker ? <DocumentTypePicker groupId={group.id} types={group.documentTypes} /> : null}
            {fields.map((field) => (
              <FieldInput
                key={field.name}
                groupId={group.id}
                field={field}
                address={{ originalSid, addresses }}
              />
            ))}
            {rule.show ? (
              <FileField
                id={fileInputId}
                required={rule.required}
                rejected={!!group.rejection}
                reason={fileReason}
                upload={files.upload}
                onChoose={files.choose}
                onRemove={files.clear}
              />
            ) : null}
            <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-4">
              <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
                {isSubmitting ? t("saving") : t("save")}
              </button>
              <p role="status" aria-live="polite" className="text-sm font-medium text-green-800">
                {saved && !isSubmitting ? t("saved") : null}
              </p>
            </div>
          </form>
        </FormProvider>
      </SectionContext.Provider>
    </section>
  );
}
