"use client";

import { PageError } from "@/components/page-error";

/** A portal page that failed: shown under the portal's header, with a way on. */
export default function PortalError(props: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <PageError {...props} home={{ href: "/bundles", label: "Back to your Bundles" }} />;
}
