/**
 * "Ask support to fix this" below the browser (issue 15): a request names one of the account's
 * own Bundles, is made once however often it is asked, and stays on support's list until support
 * access to the account starts.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { seededSid } from "@portal/twilio-emulator/demo";
import { listHelpRequests, openHelpRequest, requestHelp } from "@/lib/dal/help-requests";
import { startImpersonation } from "@/lib/impersonation/sessions";
import { startDal, type Dal } from "./harness";

const HAMBURG = seededSid("BU", "acme-hamburg");
const NICE = seededSid("BU", "bistro-nice");

describe("help requests", () => {
  let dal: Dal;
  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("records one request with the Bundle's context, however often it is asked", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    const first = await requestHelp(ctx, HAMBURG, "The depot moved.");
    const again = await requestHelp(ctx, HAMBURG, "Hello?");
    assert.equal(again.id, first.id);
    assert.equal(first.bundleName, "Acme Logistics – Hamburg depot");
    assert.equal(first.status, "twilio-rejected");
    assert.equal(first.note, "The depot moved.");
    assert.equal((await openHelpRequest(ctx, HAMBURG))?.id, first.id);
  });

  it("refuses another account's Bundle and records nothing", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await assert.rejects(requestHelp(ctx, NICE, ""));
    assert.equal(await openHelpRequest(ctx, NICE), null);
  });

  it("is on support's list until support access to the account starts", async () => {
    const staff = await dal.contextFor("support@demo.test");
    const customer = await dal.contextFor("customer@demo.test");
    const listed = await listHelpRequests(staff);
    assert.deepEqual(
      listed.map((h) => [h.accountName, h.bundleSid, h.note]),
      [[customer.account.name, HAMBURG, "The depot moved."]],
    );
    await assert.rejects(listHelpRequests(customer), "a customer cannot read support's list");
    await startImpersonation(staff, {
      accountId: customer.account.id,
      reason: "Helping with the rejected Hamburg Bundle",
      ticket: null,
      minutes: 30,
    });
    assert.deepEqual(await listHelpRequests(staff), []);
  });
});
