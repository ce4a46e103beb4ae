"use client";

import { PageError } from "@/components/page-error";

/** A support page that failed: shown under the portal's header, with a way on. */
export default function SupportError(props: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <PageError {...props} home={{ href: "/support", label: "Back to the support console" }} />;
}
