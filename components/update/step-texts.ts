import type { Translator } from "@/lib/i18n/translator";

/** The wizard's step buttons that run a Twilio step (Update `buttons.<key>`). */
export type StepKey =
  "start" | "continueStart" | "check" | "submit" | "submitAgain" | "cancel" | "close";

/** A step button's words in the customer's language: its label, while running, and its "Yes". */
export function stepTexts(t: Translator<"Update">, key: StepKey) {
  return {
    label: t(`buttons.${key}.label`),
    pendingLabel: t(`buttons.${key}.pending`),
    yesLabel: t(`buttons.${key}.yes`),
    actionPhrase: t(`buttons.${key}.action`),
  };
}

/** The steps that are safe to retry by themselves (Update `buttons.<key>`). */
export type RetryKey = "checkNow" | "retryStart" | "retryCheck" | "retryFinish";

export function retryTexts(t: Translator<"Update">, key: RetryKey) {
  return { label: t(`buttons.${key}.label`), pendingLabel: t(`buttons.${key}.pending`) };
}
