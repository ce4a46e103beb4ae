import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ListBundlesQuery } from "@/lib/twilio/list-bundles";
import type { Bundle, Paged, PhoneNumber, Regulation } from "@/lib/domain/types";
import { createWorklistLoader, type WorklistGateway } from "./loader";
import { DEFAULT_WORKLIST_PARAMS, type WorklistParams } from "./params";
import type { OpenUpdateRequests } from "./open-requests";

const SUB = "AC" + "a".repeat(32);
const scope = { accountId: "acc-1", subaccountSid: SUB };
const now = new Date(2026, 10, 23, 12, 0);
const inDays = (n: number) => new Date(2026, 10, 23 + n, 12, 0);
const sid = (p: string, n: number) => p + String(n).padStart(32, "0");
const RN_DE = sid("RN", 1);
const RN_XX = sid("RN", 2);

const bundle = (n: number, over: Partial<Bundle> = {}): Bundle => ({
  sid: sid("BU", n),
  accountSid: SUB,
  regulationSid: RN_DE,
  friendlyName: `Bundle ${n}`,
  status: "twilio-approved",
  email: null,
  statusCallback: null,
  validUntil: null,
  dateCreated: null,
  dateUpdated: null,
  ...over,
});
const regulation = (s: string, iso: string): Regulation => ({
  sid: s,
  friendlyName: `${iso} local business`,
  isoCountry: iso,
  numberType: "local",
  endUserType: "business",
  requirements: { endUser: [], supportingDocument: [] },
});
const paged = (items: Bundle[], next = false): Paged<Bundle> => ({
  items,
  page: 0,
  pageSize: 20,
  nextPageUrl: next ? "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?Page=1" : null,
  previousPageUrl: null,
});
const number = (n: number, bundleSid: string | null): PhoneNumber => ({
  sid: sid("PN", n),
  phoneNumber: `+4930000${n}`,
  friendlyName: null,
  bundleSid,
});

function fakeGateway(options: { failNumbers?: boolean } = {}) {
  const calls: {
    list: ListBundlesQuery[];
    numbers: number;
    regulations: number;
    fetches: string[];
  } = { list: [], numbers: 0, regulations: 0, fetches: [] };
  const berlin = bundle(1, { validUntil: inDays(7) });
  const hamburg = bundle(2, { status: "twilio-rejected", validUntil: inDays(-3) });
  const odd = bundle(3, { regulationSid: RN_XX });
  const rejectedNoDeadline = bundle(4, { status: "twilio-rejected" });
  const copy = bundle(5, { status: "draft", validUntil: inDays(7) });
  const gateway: WorklistGateway = {
    async listBundles(_sub, q) {
      calls.list.push(q);
      if (q.status === "twilio-rejected" && q.hasValidUntilDate === false)
        return paged([rejectedNoDeadline]);
      if (q.hasValidUntilDate) return paged([hamburg, berlin, copy]);
      return paged([hamburg, berlin, copy, odd], true);
    },
    async listPhoneNumbers() {
      calls.numbers++;
      if (options.failNumbers) throw new Error("Twilio is down");
      return [number(1, berlin.sid), number(2, berlin.sid), number(3, berlin.sid), number(4, null)];
    },
    async listRegulations() {
      calls.regulations++;
      return [regulation(RN_DE, "DE"), regulation(sid("RN", 9), "FR")];
    },
    async fetchRegulation(_sub, s) {
      calls.fetches.push(s);
      return regulation(s, "IE");
    },
  };
  return { gateway, calls, berlin, hamburg, copy, odd };
}

const open = (berlinSid: string, copySid: string): OpenUpdateRequests => ({
  byOriginal: new Map([[berlinSid, { phase: "in_review", updatedAt: now }]]),
  copies: new Map([[copySid, berlinSid]]),
  complete: true,
});
const none = async (): Promise<OpenUpdateRequests> => ({
  byOriginal: new Map(),
  copies: new Map(),
  complete: true,
});

const params = (over: Partial<WorklistParams> = {}): WorklistParams => ({
  ...DEFAULT_WORKLIST_PARAMS,
  ...over,
});

describe("the worklist loader", () => {
  it("enriches each row with its regulation, phone numbers and update", async () => {
    const fake = fakeGateway();
    const asked: Array<string[] | null> = [];
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: async (s, sids) => {
        assert.deepEqual(s, scope);
        asked.push(sids);
        return open(fake.berlin.sid, fake.copy.sid);
      },
      now: () => now,
    });
    const result = await loader.load(scope, params());
    assert.equal(result.kind, "page");
    if (result.kind !== "page") return;
    const bySid = new Map(result.rows.map((r) => [r.bundle.sid, r]));
    const berlin = bySid.get(fake.berlin.sid)!;
    assert.equal(berlin.phoneNumbers, 3);
    assert.equal(berlin.regulation?.isoCountry, "DE");
    assert.equal(berlin.progress?.phase, "in_review");
    assert.equal(berlin.canStartUpdate, false, "an update is already open");
    assert.equal(bySid.get(fake.hamburg.sid)!.phoneNumbers, 0);
    assert.equal(bySid.get(fake.hamburg.sid)!.canStartUpdate, false, "rejected: no copy");
    assert.equal(bySid.has(fake.copy.sid), false, "the working copy is part of Berlin's row");
    assert.equal(bySid.get(fake.odd.sid)!.regulation?.isoCountry, "IE", "fetched on its own");
    assert.deepEqual(fake.calls.fetches, [RN_XX]);
    assert.deepEqual(result.countries, ["DE", "FR"]);
    assert.equal(result.phoneNumbers, "ok");
    assert.equal(result.nextCursor !== null, true);
    assert.deepEqual(result.rejected, [], "only the needs-action view lists rejected separately");
    assert.deepEqual(asked, [null], "one account-wide read, alongside the Twilio calls");
    // Summary: the account-wide needs-action sample (3 with deadlines + 1 rejected), without
    // the working copy, which is part of Berlin's update, and without Berlin, whose update is in
    // review: nothing for the customer to do, counted apart.
    assert.equal(result.summary.count, 2);
    assert.equal(result.summary.waiting, 1);
    assert.equal(result.summary.overdue, 1);
  });

  it("asks for the page's Bundles only when the account has too many open requests to read", async () => {
    const fake = fakeGateway();
    const asked: Array<string[] | null> = [];
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: async (_s, sids) => {
        asked.push(sids);
        return sids === null
          ? { byOriginal: new Map(), copies: new Map(), complete: false }
          : open(fake.berlin.sid, fake.copy.sid);
      },
    });
    const result = await loader.load(scope, params());
    assert.equal(result.kind, "page");
    if (result.kind !== "page") return;
    assert.equal(asked[0], null);
    assert.ok(asked[1]?.includes(fake.berlin.sid) && asked[1].includes(fake.copy.sid));
    assert.equal(
      result.rows.find((r) => r.bundle.sid === fake.berlin.sid)!.progress?.phase,
      "in_review",
    );
  });

  it("takes the summary from the Bundle index on other views: one Twilio list, not three", async () => {
    const fake = fakeGateway();
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: none,
      indexedSample: async () => ({
        deadlines: [fake.berlin],
        moreDeadlines: false,
        rejected: [],
        moreRejected: false,
      }),
      now: () => now,
    });
    const result = await loader.load(scope, params({ status: "draft" }));
    assert.equal(result.kind, "page");
    if (result.kind !== "page") return;
    assert.equal(fake.calls.list.length, 1, "only the page's own list");
    assert.equal(result.summary.count, 1);
    assert.equal(result.summary.exact, true);
  });

  it("lists rejected Bundles without a deadline on the first needs-action page, reusing its calls", async () => {
    const fake = fakeGateway();
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: none,
      now: () => now,
    });
    const result = await loader.load(scope, params({ needs: "action" }));
    assert.equal(result.kind, "page");
    if (result.kind !== "page") return;
    assert.equal(result.rejected.length, 1);
    assert.equal(fake.calls.list.length, 2, "the summary reuses the page's own two lists");
    assert.equal(fake.calls.list[0]!.hasValidUntilDate, true);
    assert.equal(result.rows.find((r) => r.bundle.sid === fake.berlin.sid)!.canStartUpdate, true);
  });

  it("does not repeat the rejected list on later pages, nor for other statuses", async () => {
    const fake = fakeGateway();
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: none,
    });
    const cursor =
      "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?HasValidUntilDate=true&SortBy=valid-until&SortDirection=ASC&Page=1";
    const later = await loader.load(scope, params({ needs: "action", cursor }));
    assert.equal(later.kind === "page" && later.rejected.length, 0);
    const drafts = await loader.load(scope, params({ needs: "action", status: "draft" }));
    assert.equal(drafts.kind === "page" && drafts.rejected.length, 0);
  });

  it("answers bad_cursor, without asking Twilio, for a cursor of another list", async () => {
    const fake = fakeGateway();
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: none,
    });
    const cursor =
      "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?Status=draft&SortBy=valid-until&SortDirection=ASC&Page=1";
    const result = await loader.load(scope, params({ status: "in-review", cursor }));
    assert.equal(result.kind, "bad_cursor");
    assert.equal((await loader.load(scope, params({ badCursor: true }))).kind, "bad_cursor");
    assert.equal(fake.calls.list.length, 0);
  });

  it("shows the list without counts when phone numbers cannot be listed", async () => {
    const fake = fakeGateway({ failNumbers: true });
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: none,
    });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const result = await loader.load(scope, params());
      assert.equal(result.kind, "page");
      if (result.kind !== "page") return;
      assert.equal(result.phoneNumbers, "unavailable");
      assert.ok(result.rows.every((r) => r.phoneNumbers === null));
    } finally {
      console.warn = warn;
    }
  });

  it("reads numbers and Regulations once while cached", async () => {
    const fake = fakeGateway();
    const loader = createWorklistLoader({
      gateway: fake.gateway,
      openRequests: none,
    });
    await loader.load(scope, params());
    await loader.load(scope, params({ sort: "updated-desc" }));
    assert.equal(fake.calls.numbers, 1);
    assert.equal(fake.calls.regulations, 1);
    assert.equal(fake.calls.fetches.length, 1);
  });
});
