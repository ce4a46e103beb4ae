import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/authz/require";
import { mayUseConsole } from "@/lib/authz/rules";

export const metadata: Metadata = { title: "No account" };
export const dynamic = "force-dynamic";

/** Where requireAccount() sends users who are not (yet) linked to any customer account. */
export default async function NoAccountPage() {
  const ctx = await requireUser();
  if (ctx.account) redirect("/bundles");
  // Staff have no account outside an impersonation; their home is the console.
  if (mayUseConsole(ctx.user)) redirect("/support");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold">No account yet</h1>
      <p className="mt-3 text-slate-800">
        You are signed in as <strong>{ctx.user.email}</strong>, but your user is not linked to any
        customer account, so there are no Bundles to show.
      </p>
      <p className="mt-3 text-slate-800">
        Ask your platform administrator to add you to your company&apos;s account, then sign in
        again.
      </p>
    </div>
  );
}
