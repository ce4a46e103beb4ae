/**
 * Password hashing. Argon2id is memory-hard: every guess costs the attacker ~19 MiB of RAM as well
 * as CPU time, which makes GPU/ASIC cracking of a leaked table far more expensive than with
 * bcrypt or PBKDF2. Parameters are OWASP's minimum for argon2id (m=19 MiB, t=2, p=1), see
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 * Cost: one verify takes ~13 ms on an idle core of the 2-core reference machine and 30–80 ms
 * while it is busy (npm run bench:timing, issue 15): about a tenth of a sign-in, whose time goes
 * elsewhere (README, "Timing"). So the cost stays at this minimum; it is not lowered below it.
 * No `server-only` so the seed and tests can use it; @node-rs/argon2 is a native addon anyway.
 */
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to Argon2id (its Algorithm enum is a const enum, so we do not name it).
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}

/**
 * A real hash to verify against when the email is unknown, so a wrong email takes as long as
 * a wrong password and response time does not reveal which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-used-only-for-timing");
  return dummyHash;
}
