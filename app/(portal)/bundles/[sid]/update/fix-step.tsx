import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChangesDiff } from "@/components/update/changes-diff";
import { ReviewList } from "@/components/update/review-list";
import { StepButton } from "@/components/update/step-button";
import { stepTexts } from "@/components/update/step-texts";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_NAMESPACES } from "@/components/forms/namespaces";
import { RequirementGroupForm } from "@/components/forms/requirement-group-form";
import type { UpdateView } from "@/lib/dal/update-requests";
import {
  cancelUpdateAction,
  checkUpdateAction,
  saveGroupAction,
  submitUpdateAction,
} from "./actions";

/** Steps 2–4 while the copy is editable: the generated forms, the check, the diff, submit. */
export function FixStep({ originalSid, view }: { originalSid: string; view: UpdateView }) {
  const t = useTranslations("Update");
  const fix = view.fix!;
  const phase = view.request?.phase;
  // Sections opened from the review's Edit links only: the review waits until they are saved.
  const editingOnly = fix.form.groups.length > 0 && fix.form.groups.every((g) => g.openedToEdit);
  return (
    <div className="space-y-6">
      {fix.form.groups.length > 0 ? (
        <section aria-labelledby="fix-title" className="space-y-6">
          <h2 id="fix-title" className="text-xl font-semibold">
            {editingOnly ? t("fix.editTitle") : t("fix.title")}
          </h2>
          {editingOnly ? (
            <p>
              {t.rich("fix.editHint", {
                link: (chunks) => (
                  <Link
                    prefetch={false}
                    href={`/bundles/${originalSid}/update#review-title`}
                    className="font-medium text-blue-800 underline underline-offset-2"
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : null}
          <ClientMessages namespaces={FORM_NAMESPACES}>
            {fix.form.groups.map((group) => (
              <RequirementGroupForm
                key={group.id}
                originalSid={originalSid}
                group={group}
                addresses={fix.addresses}
                save={saveGroupAction}
                focusOnOpen={!!group.openedToEdit}
              />
            ))}
          </ClientMessages>
        </section>
      ) : null}
      {fix.form.passedRequirements.length > 0 ? (
        <section aria-labelledby="passed-title">
          <h2 id="passed-title" className="text-lg font-semibold">
            {t("fix.passed")}
          </h2>
          <ul className="mt-2 space-y-1">
            {fix.form.passedRequirements.map((name) => (
              <li key={name} lang="en">
                <span aria-hidden="true" className="mr-2 text-green-800">
                  ✓
                </span>
                {name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.review && !editingOnly ? (
        <ReviewList originalSid={originalSid} items={view.review} />
      ) : null}
      {view.changes && !editingOnly ? <ChangesDiff diff={view.changes} /> : null}
      <div className="flex flex-wrap items-start gap-4 border-t border-slate-300 pt-6">
        {phase === "ready" ? (
          <StepButton
            action={submitUpdateAction}
            originalSid={originalSid}
            {...stepTexts(t, "submit")}
            irreversible
          />
        ) : (
          <StepButton
            action={checkUpdateAction}
            originalSid={originalSid}
            {...stepTexts(t, "check")}
            variant="secondary"
          />
        )}
        <StepButton
          action={cancelUpdateAction}
          originalSid={originalSid}
          {...stepTexts(t, "cancel")}
          irreversible
          variant="danger"
          confirm={t("buttons.cancel.confirm")}
        />
      </div>
    </div>
  );
}
