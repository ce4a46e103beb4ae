import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleBadge } from "@/components/role-badge";
import { RoleButton } from "@/components/support/role-button";
import { requireStaffAdminPage } from "@/lib/authz/require";
import { roleChangeRefusal } from "@/lib/authz/rules";
import { listStaffCandidates } from "@/lib/support/staff";
import { changeRoleAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Support.titles");
  return { title: t("staff") };
}
export const dynamic = "force-dynamic";

/**
 * Admins decide who has the support role: granted to someone outside every customer account,
 * revoked from support staff. Either signs that person out (lib/support/staff.ts); revoking also
 * ends their open support access on their next request.
 */
export default async function SupportStaffPage() {
  const ctx = await requireStaffAdminPage();
  const [people, t] = await Promise.all([
    listStaffCandidates(ctx),
    getTranslations("Support.staff"),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-6 overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("user")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("role")}
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-normal">
                  <span className="font-medium">{p.name}</span>
                  <span className="text-slate-700 [overflow-wrap:anywhere]">
                    {t("email", { email: p.email })}
                  </span>
                </th>
                <td className="px-3 py-2">
                  <RoleBadge role={p.role} />
                </td>
                <td className="px-3 py-2">
                  {roleChangeRefusal(
                    ctx.user,
                    p,
                    p.role === "support" ? "customer" : "support",
                  ) ? null : (
                    <RoleButton
                      userId={p.id}
                      userName={p.name}
                      grant={p.role !== "support"}
                      changeRole={changeRoleAction}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {people.some((p) => p.role === "customer") ? null : (
        <p className="mt-3 max-w-3xl text-sm text-slate-700">{t("nobody")}</p>
      )}
    </>
  );
}
