import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import nodemailer from "nodemailer";
import { startMailCatcher, type CaughtMail, type RunningMailCatcher } from "../src/index";
import { MailCatcherClient } from "../src/client";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function transportTo(catcher: RunningMailCatcher, auth?: { user: string; pass: string }) {
  const { hostname, port } = new URL(catcher.smtpUrl);
  return nodemailer.createTransport({ host: hostname, port: Number(port), secure: false, auth });
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

describe("the mail catcher", () => {
  let catcher: RunningMailCatcher;
  let client: MailCatcherClient;

  before(async () => {
    catcher = await startMailCatcher();
    client = new MailCatcherClient(`${catcher.url}/`); // a trailing slash is fine
  });
  after(() => catcher.close());
  beforeEach(() => catcher.clear());

  it("listens on free loopback ports and says so", async () => {
    assert.match(catcher.smtpUrl, /^smtp:\/\/127\.0\.0\.1:\d+$/);
    assert.match(catcher.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(new URL(catcher.smtpUrl).port, new URL(catcher.url).port);
    assert.deepEqual(await getJson(`${catcher.url}/health`), { status: 200, body: { ok: true } });
  });

  it("catches a multipart message with every field, through the API and the client", async () => {
    const info = await transportTo(catcher).sendMail({
      from: '"Compliance Update Portal" <portal@example.test>',
      to: '"Alice Example" <Alice@Example.TEST>',
      bcc: "audit@example.test",
      subject: "Your Bundle needs an update — Grüße",
      text: "Plain body\nsecond line",
      html: '<p style="color:red">HTML body</p>',
      headers: {
        "List-Unsubscribe": "<https://portal.example.test/unsubscribe?t=abc>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    assert.match(info.response, /^250 /);

    const { status, body } = await getJson(`${catcher.url}/messages`);
    assert.equal(status, 200);
    const listed = (body as { messages: CaughtMail[] }).messages;
    assert.equal(listed.length, 1);
    const mail = listed[0]!;
    assert.match(mail.id, /^[A-Za-z0-9_-]{8,}$/);
    assert.ok(Math.abs(Date.parse(mail.receivedAt) - Date.now()) < 10_000, mail.receivedAt);
    assert.equal(new Date(mail.receivedAt).toISOString(), mail.receivedAt);
    assert.equal(mail.from, "portal@example.test");
    assert.deepEqual(mail.to, ["alice@example.test", "audit@example.test"]);
    assert.equal(mail.subject, "Your Bundle needs an update — Grüße");
    assert.equal(mail.text?.trim(), "Plain body\nsecond line");
    assert.equal(mail.html, '<p style="color:red">HTML body</p>');
    assert.equal(
      mail.headers["list-unsubscribe"],
      "<https://portal.example.test/unsubscribe?t=abc>",
    );
    assert.equal(mail.headers["list-unsubscribe-post"], "List-Unsubscribe=One-Click");
    assert.equal(mail.headers["message-id"], info.messageId);
    assert.equal(mail.headers["subject"], mail.subject);
    assert.match(mail.headers["content-type"] ?? "", /^multipart\/alternative/);
    assert.equal(mail.headers["bcc"], undefined, "Bcc travels in the envelope only");
    for (const name of Object.keys(mail.headers)) assert.equal(name, name.toLowerCase());

    assert.deepEqual(await getJson(`${catcher.url}/messages/${mail.id}`), {
      status: 200,
      body: mail,
    });
    assert.deepEqual(await client.list(), [mail]);
    assert.deepEqual(await client.get(mail.id), mail);
    assert.deepEqual(catcher.messages(), [mail]);
  });

  it("accepts any AUTH a sender offers", async () => {
    await transportTo(catcher, { user: "portal", pass: "anything" }).sendMail({
      from: "portal@example.test",
      to: "bob@example.test",
      subject: "authenticated",
      text: "hi",
    });
    const [mail] = await client.list();
    assert.equal(mail?.subject, "authenticated");
    assert.equal(mail?.html, null, "a text-only message has no HTML part");
  });

  it("lists newest first and filters by recipient, ignoring case", async () => {
    const send = transportTo(catcher);
    await send.sendMail({ from: "p@example.test", to: "a@example.test", subject: "1", text: "." });
    await send.sendMail({ from: "p@example.test", to: "b@example.test", subject: "2", text: "." });
    await send.sendMail({
      from: "p@example.test",
      to: ["b@example.test", "a@example.test"],
      subject: "3",
      text: ".",
    });
    const subjects = (mails: CaughtMail[]) => mails.map((m) => m.subject);
    assert.deepEqual(subjects(await client.list()), ["3", "2", "1"]);
    assert.deepEqual(subjects(await client.list({ to: "A@Example.Test" })), ["3", "1"]);
    assert.deepEqual(subjects(catcher.messages({ to: "b@EXAMPLE.test" })), ["3", "2"]);
    const { body } = await getJson(
      `${catcher.url}/messages?to=${encodeURIComponent("B@example.test")}`,
    );
    assert.deepEqual(subjects((body as { messages: CaughtMail[] }).messages), ["3", "2"]);
    assert.deepEqual(await client.list({ to: "nobody@example.test" }), []);
  });

  it("serves the HTML part with a restrictive CSP, and 404 for a message without one", async () => {
    const send = transportTo(catcher);
    await send.sendMail({
      from: "p@example.test",
      to: "a@example.test",
      subject: "html",
      html: "<h1>Hello</h1><script>alert(1)</script>",
    });
    await send.sendMail({
      from: "p@example.test",
      to: "a@example.test",
      subject: "text",
      text: ".",
    });
    const [textOnly, withHtml] = await client.list();
    const res = await fetch(`${catcher.url}/messages/${withHtml!.id}/html`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "text/html; charset=utf-8");
    assert.equal(res.headers.get("content-security-policy"), CSP);
    // An HTML-only message's body is the part, so its closing line break comes along.
    assert.equal((await res.text()).trimEnd(), "<h1>Hello</h1><script>alert(1)</script>");
    const none = await getJson(`${catcher.url}/messages/${textOnly!.id}/html`);
    assert.deepEqual(none, { status: 404, body: { error: "not found" } });
  });

  it("answers 404 for unknown messages and paths, 405 for other methods", async () => {
    assert.deepEqual(await getJson(`${catcher.url}/messages/nope`), {
      status: 404,
      body: { error: "not found" },
    });
    assert.equal(await client.get("nope"), null);
    assert.equal((await fetch(`${catcher.url}/nothing`)).status, 404);
    assert.equal((await fetch(`${catcher.url}/messages/nope/html`)).status, 404);
    const post = await fetch(`${catcher.url}/messages`, { method: "POST", body: "{}" });
    assert.equal(post.status, 405);
    assert.equal((await fetch(`${catcher.url}/health`, { method: "PUT" })).status, 405);
  });

  it("refuses a request whose Host header is not loopback (DNS rebinding)", async () => {
    const status = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(catcher.url).port), "127.0.0.1");
      socket.once("error", reject);
      socket.write("GET /messages HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n");
      let reply = "";
      socket.on("data", (d) => (reply += d));
      socket.on("end", () => resolve(reply.split("\r\n")[0] ?? ""));
    });
    assert.equal(status, "HTTP/1.1 403 Forbidden");
  });

  it("DELETE /messages and the client's clear() empty it", async () => {
    const send = transportTo(catcher);
    await send.sendMail({ from: "p@example.test", to: "a@example.test", subject: "x", text: "." });
    assert.equal((await client.list()).length, 1);
    const res = await fetch(`${catcher.url}/messages`, { method: "DELETE" });
    assert.equal(res.status, 204);
    assert.deepEqual(await client.list(), []);
    await send.sendMail({ from: "p@example.test", to: "a@example.test", subject: "y", text: "." });
    await client.clear();
    assert.deepEqual(await client.list(), []);
    assert.deepEqual(catcher.messages(), []);
  });

  it("waitFor resolves once enough messages match", async () => {
    const waiting = client.waitFor((m) => m.to.includes("late@example.test"), { count: 2 });
    const send = transportTo(catcher);
    for (const subject of ["first", "second"])
      await send.sendMail({ from: "p@example.test", to: "late@example.test", subject, text: "." });
    const hits = await waiting;
    assert.deepEqual(
      hits.map((m) => m.subject),
      ["second", "first"],
    );
  });

  it("waitFor times out with an error naming what it awaited and what was there", async () => {
    await transportTo(catcher).sendMail({
      from: "p@example.test",
      to: "someone@example.test",
      subject: "Not the one",
      text: ".",
    });
    const started = Date.now();
    await assert.rejects(
      client.waitFor((m) => m.subject === "Password reset", { timeoutMs: 300 }),
      (error: Error) => {
        assert.match(error.message, /Timed out after 300 ms/);
        assert.match(error.message, /1 caught message\(s\) matching/);
        // The predicate's source (tsx compacts it: `m=>m.subject==="Password reset"`).
        assert.match(error.message, /m\s*=>\s*m\.subject\s*===\s*"Password reset"/);
        assert.match(error.message, /; 0 matched\./);
        assert.match(error.message, /held 1:/);
        assert.match(error.message, /to someone@example\.test from p@example\.test: "Not the one"/);
        return true;
      },
    );
    assert.ok(Date.now() - started >= 300);
  });

  it("refuses a message over the size limit and keeps nothing of it", async () => {
    const small = await startMailCatcher({ maxMessageBytes: 2000 });
    try {
      await assert.rejects(
        transportTo(small).sendMail({
          from: "p@example.test",
          to: "a@example.test",
          subject: "big",
          text: "x".repeat(5000),
        }),
        (error: Error & { responseCode?: number }) => {
          assert.equal(error.responseCode, 552, error.message);
          return true;
        },
      );
      assert.deepEqual(small.messages(), []);
      await transportTo(small).sendMail({
        from: "p@example.test",
        to: "a@example.test",
        subject: "small",
        text: "fits",
      });
      assert.deepEqual(
        small.messages().map((m) => m.subject),
        ["small"],
      );
    } finally {
      await small.close();
    }
  });
});

/** Speaks SMTP line by line and returns each reply's first line (the size check without SIZE=). */
async function smtpConversation(smtpUrl: string, lines: string[]): Promise<string[]> {
  const socket = connect(Number(new URL(smtpUrl).port), "127.0.0.1");
  let buffer = "";
  const waiters: ((line: string) => void)[] = [];
  const ready: string[] = [];
  socket.on("data", (d) => {
    buffer += d;
    let end: number;
    while ((end = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (/^\d{3}-/.test(line)) continue; // a multi-line reply's continuation
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else ready.push(line);
    }
  });
  const reply = () =>
    new Promise<string>((resolve) => {
      const line = ready.shift();
      if (line !== undefined) resolve(line);
      else waiters.push(resolve);
    });
  const replies = [await reply()];
  for (const line of lines) {
    socket.write(`${line}\r\n`);
    replies.push(await reply());
  }
  socket.end();
  return replies;
}

describe("the mail catcher's size limit without a declared SIZE", () => {
  it("answers 552 after DATA and keeps nothing", async () => {
    const catcher = await startMailCatcher({ maxMessageBytes: 1000 });
    try {
      const body = `Subject: big\r\n\r\n${"y".repeat(3000)}\r\n.`;
      const replies = await smtpConversation(catcher.smtpUrl, [
        "EHLO test",
        "MAIL FROM:<p@example.test>",
        "RCPT TO:<a@example.test>",
        "DATA",
        body,
        "QUIT",
      ]);
      assert.match(replies[0]!, /^220 /);
      assert.deepEqual(
        replies.slice(1, 4).map((r) => r.slice(0, 4)),
        ["250 ", "250 ", "250 "],
      );
      assert.match(replies[4]!, /^354 /);
      assert.match(replies[5]!, /^552 .*size limit of 1000 bytes/);
      assert.deepEqual(catcher.messages(), []);
      const declared = await smtpConversation(catcher.smtpUrl, [
        "EHLO test",
        "MAIL FROM:<p@example.test> SIZE=5000",
      ]);
      assert.match(declared[2]!, /^552 /, "a declared SIZE over the limit is refused at MAIL FROM");
    } finally {
      await catcher.close();
    }
  });
});

describe("the mail catcher's limits", () => {
  it("keeps at most maxMessages, dropping the oldest", async () => {
    const catcher = await startMailCatcher({ maxMessages: 3 });
    try {
      const send = transportTo(catcher);
      for (let i = 1; i <= 5; i++)
        await send.sendMail({
          from: "p@example.test",
          to: "a@example.test",
          subject: `m${i}`,
          text: ".",
        });
      const listed = await new MailCatcherClient(catcher.url).list();
      assert.deepEqual(
        listed.map((m) => m.subject),
        ["m5", "m4", "m3"],
      );
    } finally {
      await catcher.close();
    }
  });

  it("refuses to listen anywhere but loopback", async () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "example.test"])
      await assert.rejects(startMailCatcher({ host }), /loopback only/, host);
  });

  it("listens on ::1 or localhost when asked", async () => {
    const catcher = await startMailCatcher({ host: "localhost" });
    try {
      assert.match(catcher.url, /^http:\/\/localhost:\d+$/);
      const res = await fetch(`${catcher.url}/health`);
      assert.equal(res.status, 200);
    } finally {
      await catcher.close();
    }
  });

  it("reports a port already in use instead of hanging", async () => {
    const first = await startMailCatcher();
    try {
      const smtpPort = Number(new URL(first.smtpUrl).port);
      await assert.rejects(startMailCatcher({ smtpPort }), /EADDRINUSE/);
      const httpPort = Number(new URL(first.url).port);
      await assert.rejects(startMailCatcher({ httpPort }), /EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
