/**
 * The environment's shape, as a pure zod schema (no `server-only`) so it can be unit-tested.
 * `lib/env.ts` parses process.env with it exactly once; nothing else reads process.env.
 */
import { z } from "zod";
import { AA_TEXT, contrastRatio, parseHex } from "./branding/contrast";
import { LOCALES } from "./i18n/locales";

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

/** "true"/"false" (any case), with a default when unset or empty. */
const flag = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (v === "true" || v === "1") return true;
      if (v === "false" || v === "0") return false;
      ctx.addIssue({ code: "custom", message: "must be true or false" });
      return z.NEVER;
    });

const optionalUrl = z
  .url({ protocol: /^https?$/ })
  .optional()
  .or(z.literal("").transform(() => undefined));

/**
 * Secrets that are in the repository (.env.example, the e2e config): fine for the embedded demo,
 * which opens nothing real, and refused anywhere else (issue 10: the committed secret forged an
 * admin session).
 */
export const PUBLISHED_SECRETS = [
  "dev-only-insecure-auth-secret-change-me",
  "e2e-only-secret-not-for-production",
];

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // Signs the session JWT. Required at runtime; the build does not need it (P14).
    AUTH_SECRET: z
      .string({ error: "AUTH_SECRET is missing: set it in .env (see .env.example)." })
      .min(8, "AUTH_SECRET must be at least 8 characters (use `openssl rand -base64 32`)."),
    TWILIO_ACCOUNT_SID: z
      .string({ error: "TWILIO_ACCOUNT_SID is missing." })
      .regex(/^AC[0-9a-fA-F]{32}$/, "TWILIO_ACCOUNT_SID must look like AC + 32 hex characters."),
    TWILIO_AUTH_TOKEN: z.string({ error: "TWILIO_AUTH_TOKEN is missing." }).min(1),
    // When set, the gateway talks to the local emulator instead of api.twilio.com.
    TWILIO_EMULATOR_URL: optionalUrl,
    /** How long one Twilio request may take before the gateway gives up on it. */
    TWILIO_TIMEOUT_MS: z.coerce.number().int().positive().max(120_000).default(10_000),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL." })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
    OIDC_ISSUER: optionalUrl,
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    // Background jobs (lib/jobs). Workers run inside each app process unless this is "false"
    // (then run `npm run worker` beside the app; Postgres only).
    JOBS_IN_PROCESS: flag(true),
    /** How often each account's Bundles are swept into the index. */
    SWEEP_EVERY_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(15),
    /** An open update request not reconciled with Twilio for this long is reconciled by a job. */
    RECONCILE_AFTER_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(5),
    /** Whether this process's workers also send the scheduler's ticks (tests turn it off). */
    JOBS_SCHEDULER: flag(true),
    /** How often the scheduler looks for due work (sweeps, reconciliations). */
    JOBS_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** How often an idle worker asks the queue for work (pg-boss polls). */
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    /** A job running longer than this is presumed dead (its worker was killed) and retried. */
    JOBS_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
    /** How often the queue's maintenance (expiring dead jobs, retention) runs. */
    JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** Point every Bundle's status callbacks at the portal (Twilio's guide recommends it). */
    ENSURE_STATUS_CALLBACKS: flag(true),
    /** How long a step of an update request may hold it; a crashed step frees it after this. */
    UPDATE_LEASE_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
    // Mail (lib/mail): where notices are sent through, and as whom. Unset SMTP_URL: no mail is
    // sent; notices stay queued and support sees them.
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL." })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    MAIL_FROM: z.string().trim().min(3).default("Compliance Update Portal <portal@example.test>"),
    /** The embedded demo's local mail catcher (packages/mail-catcher), shown at /dev/mail. */
    MAIL_CATCHER_URL: optionalUrl,
    /** The platform's name in mails and page titles. */
    PRODUCT_NAME: z.string().trim().min(1).max(80).default("Compliance Update Portal"),
    SUPPORT_EMAIL: z
      .email()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /**
     * The platform's brand (issue 16): its colour for buttons and the header's accent (white text
     * sits on it, so it must reach WCAG AA, 4.5:1), a logo served by the portal itself (the
     * Content Security Policy loads images from this origin only), and a support page.
     */
    BRAND_PRIMARY_COLOR: z
      .string()
      .trim()
      .default("#1d4ed8")
      .refine((v) => parseHex(v) !== null, {
        message: "BRAND_PRIMARY_COLOR must be a hex colour such as #1d4ed8.",
      })
      .superRefine((v, ctx) => {
        if (parseHex(v) === null) return;
        const ratio = contrastRatio(v, "#ffffff");
        if (ratio < AA_TEXT)
          ctx.addIssue({
            code: "custom",
            message: `BRAND_PRIMARY_COLOR ${v} has a contrast of ${ratio.toFixed(1)}:1 with the white text on it; WCAG AA needs 4.5:1. Choose a darker colour.`,
          });
      }),
    BRAND_LOGO_URL: z
      .string()
      .trim()
      .regex(
        /^\/[^/]/,
        "BRAND_LOGO_URL must be a path on the portal, e.g. /brand/logo.svg (put the file in public/).",
      )
      .optional()
      .or(z.literal("").transform(() => undefined)),
    SUPPORT_URL: optionalUrl,
    /** The platform's language when neither the user nor the browser names one we have. */
    DEFAULT_LOCALE: z.enum(LOCALES).default("en"),
    // How many reverse proxies of ours append to X-Forwarded-For in front of the app; 0 (the
    // default) believes no forwarded address (lib/auth/client-ip.ts).
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
    // `npm run bench:timing`: each request's time by kind of work (database, Twilio, password
    // hashing) is appended to this file as JSON lines (lib/timing). Unset: nothing is measured.
    TIMING_LOG: optionalString,
  })
  .superRefine((env, ctx) => {
    if (env.TWILIO_EMULATOR_URL === undefined) {
      // Real Twilio: the session secret must be this deployment's own.
      if (PUBLISHED_SECRETS.includes(env.AUTH_SECRET))
        ctx.addIssue({
          code: "custom",
          path: ["AUTH_SECRET"],
          message:
            "AUTH_SECRET is the published example value; generate your own with `openssl rand -base64 32`.",
        });
      else if (env.AUTH_SECRET.length < 32)
        ctx.addIssue({
          code: "custom",
          path: ["AUTH_SECRET"],
          message:
            "AUTH_SECRET must be at least 32 characters with real Twilio (use `openssl rand -base64 32`).",
        });
    }
    // A half-configured identity provider is a deployment mistake, not a reason to hide the button.
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    const set = oidc.filter((v) => v !== undefined).length;
    if (set !== 0 && set !== oidc.length) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message:
          "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together or not at all.",
      });
    }
  })
  .transform((env) => ({
    ...env,
    /** No real Twilio: the gateway points at the emulator and the demo seed runs. */
    isEmbedded: env.TWILIO_EMULATOR_URL !== undefined,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
          }
        : null,
  }));

export type Env = z.output<typeof envSchema>;

/** Parses a record of variables; throws one readable error listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
