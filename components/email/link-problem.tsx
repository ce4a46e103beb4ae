/** A signed link that cannot be used: say why and what to do instead. */
export function LinkProblem({ message }: { message: string }) {
  return (
    <section
      aria-labelledby="link-problem"
      className="rounded-lg border border-amber-600 bg-amber-50 p-4"
    >
      <h1 id="link-problem" className="text-xl font-semibold">
        This link cannot be used
      </h1>
      <p className="mt-2">{message}</p>
      <p className="mt-2">
        Signed in to the portal? Your notification settings are under{" "}
        <a className="underline" href="/settings/notifications">
          Email notifications
        </a>
        .
      </p>
    </section>
  );
}
