import { useTranslations } from "next-intl";
import type { UserRole } from "@/lib/db/schema";

const STYLES: Record<UserRole, string> = {
  customer: "border-slate-400 bg-slate-100 text-slate-800",
  support: "border-violet-400 bg-violet-50 text-violet-900",
  admin: "border-amber-500 bg-amber-50 text-amber-900",
};

export function RoleBadge({ role }: { role: UserRole }) {
  const t = useTranslations("Shell.role");
  return (
    <span
      className={`rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLES[role]}`}
    >
      <span className="sr-only">{t("label")} </span>
      {t(role)}
    </span>
  );
}
