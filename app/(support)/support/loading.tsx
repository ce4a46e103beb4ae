/** Shown while the console reads every account's Bundles from Twilio (seconds when cold). */
export default function Loading() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Support console</h1>
      <p role="status" className="mt-4 text-slate-800">
        Reading every account&apos;s Bundles from Twilio… This takes a few seconds when the counts
        are not cached.
      </p>
    </>
  );
}
