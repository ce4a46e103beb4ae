"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/page-error";

/** A portal page that failed: shown under the portal's header, with a way on. */
export default function PortalError(props: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("PageError");
  return <PageError {...props} home={{ href: "/bundles", label: t("back") }} />;
}
