import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` needs no database; the app applies ./drizzle itself on first use.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
});
