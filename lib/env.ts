import { parseEnv, type Env } from "./env-schema";

/**
 * Server code only (ESLint refuses it in components/, which may run in the browser); no
 * `server-only` marker so unit tests of the gateway can load it.
 *
 * The validated environment, parsed once per process on first access (t3 env / epic-stack
 * env.server pattern). Lazy so `next build` does not need runtime secrets such as AUTH_SECRET.
 */
let cached: Env | undefined;

function load(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const env: Env = new Proxy({} as Env, {
  get(_target, key) {
    return load()[key as keyof Env];
  },
});
