import type { ReactNode } from "react";
import type { StepFailure } from "@/lib/dal/update-requests";

const WHAT: Record<string, string> = {
  start: "starting your update",
  save: "saving your last change",
  check: "checking your details with Twilio",
  submit: "submitting your update",
  finish: "applying your approved update",
  cancel: "cancelling your update",
};

/**
 * The step that did not finish, said plainly: what we were doing, why it stopped, and that
 * nothing was lost; `children` offers the way forward (a retry). Announced as an alert.
 */
export function FailureNotice({
  failure,
  saved,
  children,
}: {
  failure: StepFailure;
  /** The change itself reached Twilio (a save whose check did not run). */
  saved?: boolean;
  children?: ReactNode;
}) {
  const what = WHAT[failure.step] ?? "the last step";
  return (
    <div
      role="alert"
      className="w-full rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
    >
      <p className="font-semibold">We couldn&apos;t finish {what}.</p>
      <p className="mt-1">
        {failure.message}{" "}
        {saved
          ? "Your change is saved; only the check is still to run."
          : /nothing you entered is lost/i.test(failure.message)
            ? null
            : "Nothing you entered is lost."}
      </p>
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}
