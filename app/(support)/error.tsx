"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/page-error";

/** A support page that failed: shown under the portal's header, with a way on. */
export default function SupportError(props: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("SupportClient");
  return <PageError {...props} home={{ href: "/support", label: t("backToConsole") }} />;
}
