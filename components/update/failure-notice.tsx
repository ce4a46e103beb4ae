import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { StepFailure } from "@/lib/dal/update-requests";

/**
 * The step that did not finish, said plainly: what we were doing, why it stopped, and that
 * nothing was lost; `children` offers the way forward (a retry). Announced as an alert.
 */
export function FailureNotice({
  failure,
  message,
  saved,
  children,
}: {
  failure: StepFailure;
  /** The failure's message in the reader's language (lib/i18n/error-text: storedErrorText). */
  message: string;
  /** The change itself reached Twilio (a save whose check did not run). */
  saved?: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("Update.failure");
  return (
    <div
      role="alert"
      className="w-full rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
    >
      <p className="font-semibold">{t("title", { step: failure.step })}</p>
      <p className="mt-1">
        {message}{" "}
        {saved
          ? t("savedOnlyCheck")
          : // The English message (as stored) says whether it already tells the customer so.
            /nothing you entered is lost/i.test(failure.message)
            ? null
            : t("nothingLost")}
      </p>
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}
