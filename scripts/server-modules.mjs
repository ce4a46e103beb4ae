// `node --import ./scripts/server-modules.mjs`: loads the portal's server modules outside Next
// (the data-layer tests, `npm run worker`, benchmarks). `server-only` guards them against a
// client bundle and has nothing to guard here, so it resolves to an empty module. (Node's
// `--conditions=react-server` did the same, but also swapped in React's server build, in which
// react-dom/server, and so rendering the mails, refuses to run.)
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only")
          return { url: "data:text/javascript,export{}", shortCircuit: true, format: "module" };
        return next(specifier, context);
      }`,
    ),
);
