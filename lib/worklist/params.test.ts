import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  DEFAULT_WORKLIST_PARAMS,
  cursorMatches,
  isFiltered,
  parseWorklistParams,
  toListQuery,
  worklistHref,
} from "./params";

const PAGE =
  "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?HasValidUntilDate=true&Status=twilio-approved&SortBy=valid-until&SortDirection=ASC&PageSize=20&Page=1&PageToken=PABU1";

describe("parseWorklistParams", () => {
  it("gives the defaults for an empty query: everything, soonest deadline first", () => {
    assert.deepEqual(parseWorklistParams({}), DEFAULT_WORKLIST_PARAMS);
  });

  it("reads every param", () => {
    assert.deepEqual(
      parseWorklistParams({
        needs: "action",
        status: "twilio-rejected",
        country: "de",
        sort: "updated-desc",
        cursor: PAGE,
      }),
      {
        needs: "action",
        status: "twilio-rejected",
        country: "DE",
        sort: "updated-desc",
        cursor: PAGE,
        badCursor: false,
      },
    );
  });

  const ignored: Array<[string, Record<string, string | string[]>]> = [
    ["an unknown status", { status: "approved" }],
    ["an empty status (the form's 'All statuses')", { status: "" }],
    ["a three-letter country", { country: "DEU" }],
    ["a country with digits", { country: "D1" }],
    ["an unknown sort", { sort: "friendly-name" }],
    ["an unknown needs value", { needs: "everything" }],
    ["an unknown param", { page: "7" }],
  ];
  for (const [name, raw] of ignored) {
    it(`ignores ${name} and keeps the default`, () => {
      assert.deepEqual(parseWorklistParams(raw), DEFAULT_WORKLIST_PARAMS);
    });
  }

  it("takes the first of repeated values", () => {
    const params = parseWorklistParams({ status: ["draft", "in-review"], country: ["fr", "de"] });
    assert.equal(params.status, "draft");
    assert.equal(params.country, "FR");
  });

  it("flags a cursor that is not an https URL instead of using it", () => {
    for (const cursor of ["page-2", "http://numbers.twilio.com/v2/x", "javascript:alert(1)"]) {
      const params = parseWorklistParams({ cursor });
      assert.equal(params.cursor, null);
      assert.equal(params.badCursor, true, cursor);
    }
  });
});

describe("toListQuery", () => {
  it("maps needs=action to Twilio's HasValidUntilDate filter", () => {
    assert.deepEqual(toListQuery({ ...DEFAULT_WORKLIST_PARAMS, needs: "action", country: "FR" }), {
      sortBy: "valid-until",
      sortDirection: "ASC",
      hasValidUntilDate: true,
      isoCountry: "FR",
    });
  });

  it("uses only orders Twilio sorts by", () => {
    const sort = (s: typeof DEFAULT_WORKLIST_PARAMS.sort) =>
      toListQuery({ ...DEFAULT_WORKLIST_PARAMS, sort: s });
    assert.deepEqual(sort("deadline-desc"), { sortBy: "valid-until", sortDirection: "DESC" });
    assert.deepEqual(sort("updated-desc"), { sortBy: "date-updated", sortDirection: "DESC" });
    assert.deepEqual(sort("created-desc"), { sortDirection: "DESC" });
  });
});

describe("worklistHref", () => {
  it("leaves defaults out", () => {
    assert.equal(worklistHref(DEFAULT_WORKLIST_PARAMS), "/bundles");
  });

  it("keeps filters and the cursor together", () => {
    const href = worklistHref(
      { needs: "action", status: "draft", country: "DE", sort: "deadline-desc" },
      PAGE,
    );
    const url = new URL(href, "http://portal.test");
    assert.equal(url.pathname, "/bundles");
    assert.equal(url.searchParams.get("needs"), "action");
    assert.equal(url.searchParams.get("status"), "draft");
    assert.equal(url.searchParams.get("country"), "DE");
    assert.equal(url.searchParams.get("sort"), "deadline-desc");
    assert.equal(url.searchParams.get("cursor"), PAGE);
    assert.deepEqual(parseWorklistParams(Object.fromEntries(url.searchParams)), {
      needs: "action",
      status: "draft",
      country: "DE",
      sort: "deadline-desc",
      cursor: PAGE,
      badCursor: false,
    });
  });
});

describe("isFiltered", () => {
  it("counts filters, not the sort order", () => {
    assert.equal(isFiltered(DEFAULT_WORKLIST_PARAMS), false);
    assert.equal(isFiltered({ ...DEFAULT_WORKLIST_PARAMS, sort: "updated-desc" }), false);
    assert.equal(isFiltered({ ...DEFAULT_WORKLIST_PARAMS, country: "IE" }), true);
    assert.equal(isFiltered({ ...DEFAULT_WORKLIST_PARAMS, needs: "action" }), true);
  });
});

describe("cursorMatches", () => {
  const query = toListQuery({
    ...DEFAULT_WORKLIST_PARAMS,
    needs: "action",
    status: "twilio-approved",
  });

  it("accepts the cursor of the same list", () => {
    assert.equal(cursorMatches(PAGE, query), true);
  });

  it("refuses a cursor of a list with other filters or another order", () => {
    assert.equal(cursorMatches(PAGE, toListQuery(DEFAULT_WORKLIST_PARAMS)), false);
    assert.equal(cursorMatches(PAGE, { ...query, status: "draft" }), false);
    assert.equal(cursorMatches(PAGE, { ...query, sortDirection: "DESC" }), false);
    assert.equal(cursorMatches(PAGE.replace("Status=", "IsoCountry=FR&Status="), query), false);
  });

  it("tolerates filters the cursor leaves out, and case differences", () => {
    const bare = "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?PageSize=20&Page=1";
    assert.equal(cursorMatches(bare, query), true);
    assert.equal(
      cursorMatches(PAGE.replace("HasValidUntilDate=true", "HasValidUntilDate=True"), query),
      true,
    );
  });
});
