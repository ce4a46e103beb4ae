import "server-only";
import { parseEnv, type Env } from "./env-schema";

/**
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
