"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useImpersonation } from "@/components/support/impersonation-context";
import type { ActionResult } from "@/lib/actions/result";
import { StepButton } from "./step-button";

/**
 * Once Twilio approved the update, applies it without another click (as Twilio's Console does
 * for its own copies). The server step is idempotent and guarded; this only starts it.
 */
export function AutoFinish(props: {
  originalSid: string;
  action: (input: { originalSid: string }) => Promise<ActionResult<unknown>>;
}) {
  // Support staff never trigger ReplaceItems and the copy's deletion unasked: they press a button.
  if (useImpersonation())
    return (
      <StepButton
        action={props.action}
        originalSid={props.originalSid}
        label="Apply the approved update"
        pendingLabel="Applying…"
        irreversible
      />
    );
  return <Automatic {...props} />;
}

function Automatic(props: {
  originalSid: string;
  action: (input: { originalSid: string }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const started = useRef(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void props.action({ originalSid: props.originalSid }).then((result) => {
      if (!result.ok) {
        setError(result.message);
        router.refresh();
      }
    });
  }, [props, router]);
  return (
    <p role="status" className="font-medium">
      {error ?? "Applying your approved details…"}
    </p>
  );
}
