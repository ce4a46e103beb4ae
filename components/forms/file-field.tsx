"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ChangeEvent } from "react";
import { UPLOAD_ACCEPT, uploadHint } from "@/lib/requirements/upload-rules";
import { OptionalMark, RequiredMark } from "./field-shell";
import { FilePreview } from "./file-preview";
import { describedBy } from "./ids";
import { errorClass, hintClass } from "./styles";
import type { Upload } from "./use-upload";

/**
 * The document file. Required for a new document; for an existing one it is an optional
 * replacement (e.g. after a reviewer rejected the file). Checked the moment it is chosen.
 */
export function FileField({
  id,
  required,
  rejected,
  reason = null,
  upload,
  onChoose,
  onRemove,
}: {
  id: string;
  required: boolean;
  rejected: boolean;
  /** Why a new file is asked for, when the customer's answer made it necessary. */
  reason?: string | null;
  upload: Upload;
  onChoose: (file: File) => boolean;
  onRemove: () => void;
}) {
  const t = useTranslations("Forms.file");
  const tv = useTranslations("Validation");
  const input = useRef<HTMLInputElement>(null);
  const limits = uploadHint(tv);
  const hint = reason
    ? t("reasonHint", { reason, hint: limits })
    : rejected
      ? t("rejectedHint", { hint: limits })
      : required
        ? limits
        : t("optionalHint", { hint: limits });

  // The input is uncontrolled: empty it whenever the file is dropped (removed, refused, saved).
  useEffect(() => {
    if (!upload.file && input.current) input.current.value = "";
  }, [upload.file]);

  function changed(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    if (!chosen) return onRemove();
    if (!onChoose(chosen)) event.currentTarget.value = "";
  }

  function remove() {
    onRemove();
    input.current?.focus();
  }

  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {required && !rejected && !reason ? t("document") : t("new")}
        {required ? <RequiredMark /> : <OptionalMark />}
      </label>
      <p id={`${id}-hint`} className={hintClass}>
        {hint}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept={UPLOAD_ACCEPT}
        required={required}
        onChange={changed}
        aria-invalid={upload.error ? true : undefined}
        aria-describedby={describedBy(upload.error && `${id}-error`, `${id}-hint`)}
        className="mt-2 block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:py-2 file:font-semibold file:text-slate-900 hover:file:bg-slate-50 focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2 focus-visible:outline-none"
      />
      {upload.error ? (
        <p id={`${id}-error`} role="alert" className={errorClass}>
          {upload.error}
        </p>
      ) : null}
      {upload.file && upload.url ? (
        <FilePreview file={upload.file} url={upload.url} onRemove={remove} />
      ) : null}
    </div>
  );
}
