import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { BundleTable } from "@/components/bundles/bundle-table";
import { Pagination } from "@/components/bundles/pagination";
import { Notice } from "@/components/notice";
import { requireAccount } from "@/lib/auth/context";
import { listAccountBundles, regulationNames } from "@/lib/dal/bundles";
import { GatewayError } from "@/lib/twilio";

export const metadata: Metadata = { title: "Bundles" };
export const dynamic = "force-dynamic";

// A cursor is one of Twilio's page URLs; anything else is dropped here, and the gateway checks
// origin and path again before using it.
const cursorSchema = z.url({ protocol: /^https$/ }).max(4096);

export default async function BundlesPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string | string[] }>;
}) {
  const ctx = await requireAccount();
  const raw = (await searchParams).cursor;
  const cursor = typeof raw === "string" ? cursorSchema.safeParse(raw) : null;
  const heading = (
    <>
      <h1 className="text-2xl font-semibold">Bundles</h1>
      <p className="mt-1 mb-6 text-slate-700">
        Regulatory Bundles of <strong>{ctx.account.name}</strong>, soonest deadline first.
      </p>
    </>
  );

  if (cursor && !cursor.success)
    return (
      <>
        {heading}
        <BadCursor />
      </>
    );

  let page;
  try {
    page = await listAccountBundles(ctx, { cursor: cursor?.data ?? null });
  } catch (error) {
    if (error instanceof GatewayError && error.code === "invalid_request:cursor") {
      return (
        <>
          {heading}
          <BadCursor />
        </>
      );
    }
    if (error instanceof GatewayError && error.visibility === "user") {
      return (
        <>
          {heading}
          <Notice title="Bundles could not be loaded">{error.userMessage}</Notice>
        </>
      );
    }
    throw error;
  }

  if (page.items.length === 0) {
    return (
      <>
        {heading}
        {cursor ? (
          <BadCursor />
        ) : (
          <Notice title="No Bundles yet">
            This account has no regulatory Bundles. Nothing needs updating right now.
          </Notice>
        )}
      </>
    );
  }

  const regulations = await regulationNames(
    ctx,
    page.items.map((b) => b.regulationSid),
  );
  return (
    <>
      {heading}
      <BundleTable bundles={page.items} regulations={regulations} now={new Date()} />
      <Pagination previous={page.previousPageUrl} next={page.nextPageUrl} />
    </>
  );
}

function BadCursor() {
  return (
    <Notice title="This page link is no longer valid">
      <Link href="/bundles" className="font-medium text-blue-800 underline underline-offset-2">
        Go to the first page
      </Link>
    </Notice>
  );
}
