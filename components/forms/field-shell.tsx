import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldDescriptor } from "@/lib/requirements";
import { describedBy, partIds } from "./ids";
import { MismatchNotice } from "./mismatch-notice";
import { errorClass, hintClass } from "./styles";

/** The accessibility props every control of a field carries. */
export interface ControlA11y {
  id: string;
  required: boolean;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-1 font-bold text-red-800">
      *
    </span>
  );
}

/** " (optional)" after a label, in the customer's language. */
export function OptionalMark() {
  const t = useTranslations("Forms");
  return <span className="font-normal text-slate-700"> {t("optional")}</span>;
}

/**
 * Everything around one input: its label (with the required marker), Twilio's hint, our advice
 * when the field failed, the validation error and the mismatch choice. The input itself comes
 * from `children`, which receives the ids to point aria-describedby at. Twilio's label and hint
 * are English (lang="en"); the advice and messages are in the customer's language.
 */
export function FieldShell({
  id,
  field,
  error,
  children,
}: {
  id: string;
  field: FieldDescriptor;
  error: string | undefined;
  children: (a11y: ControlA11y) => ReactNode;
}) {
  const t = useTranslations("Forms");
  const ids = partIds(id);
  const guidance = field.failed && field.guidance ? field.guidance : null;
  const a11y: ControlA11y = {
    id,
    required: field.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(
      error && ids.error,
      field.description && ids.hint,
      guidance && ids.guidance,
      field.mismatch && ids.mismatch,
    ),
  };
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        <span lang="en">{field.label}</span>
        {field.required ? <RequiredMark /> : <OptionalMark />}
      </label>
      {field.description ? (
        <p id={ids.hint} className={hintClass} lang={field.descriptionIsOurs ? undefined : "en"}>
          {field.description}
        </p>
      ) : null}
      {guidance ? (
        <p
          id={ids.guidance}
          className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <span className="font-semibold">{t("whatToFix")} </span>
          {guidance}
          {field.guidanceNote ? (
            <>
              {" "}
              <span className="font-semibold">
                {field.guidanceNote.kind === "reviewer" ? t("reviewerNote") : t("details")}
              </span>{" "}
              <q lang="en">{field.guidanceNote.text}</q>
            </>
          ) : null}
        </p>
      ) : null}
      {children(a11y)}
      {error ? (
        <p id={ids.error} role="alert" className={errorClass}>
          {error}
        </p>
      ) : null}
      {field.mismatch ? (
        <MismatchNotice id={ids.mismatch} field={field} mismatch={field.mismatch} />
      ) : null}
    </div>
  );
}
