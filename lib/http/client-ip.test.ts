import { test } from "node:test";
import assert from "node:assert/strict";
import { clientIp } from "./client-ip";

const cases: Array<[string, string | null, number, string | null]> = [
  ["no trusted proxy: a forwarded address is the caller's own claim", "6.6.6.6", 0, null],
  ["one proxy: the entry it appended is the client", "6.6.6.6, 203.0.113.7", 1, "203.0.113.7"],
  [
    "two proxies: the client is second from the right",
    "6.6.6.6, 203.0.113.7, 10.0.0.2",
    2,
    "203.0.113.7",
  ],
  ["fewer hops than proxies: unknown", "203.0.113.7", 2, null],
  ["no header: unknown", null, 1, null],
  ["an IPv6 client is kept", "2001:db8::1", 1, "2001:db8::1"],
  ["junk in the trusted slot is not an address", "x, <script>", 1, null],
];

for (const [name, header, proxies, expected] of cases) {
  test(name, () => assert.equal(clientIp(header, proxies), expected));
}
