import type { UserRole } from "@/lib/db/schema";

const LABELS: Record<UserRole, string> = {
  customer: "Customer",
  support: "Support",
  admin: "Admin",
};
const STYLES: Record<UserRole, string> = {
  customer: "border-slate-400 bg-slate-100 text-slate-800",
  support: "border-violet-400 bg-violet-50 text-violet-900",
  admin: "border-amber-500 bg-amber-50 text-amber-900",
};

export function RoleBadge({ role }: { role: UserRole }) {
  return (
    <span
      className={`rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLES[role]}`}
    >
      <span className="sr-only">Role: </span>
      {LABELS[role]}
    </span>
  );
}
