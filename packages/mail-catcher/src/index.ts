import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { toCaughtMail } from "./convert";
import { createHttpServer } from "./http";
import { isLoopbackHost } from "./loopback";
import { Mailbox } from "./mailbox";
import type { CaughtMail } from "./types";

export type { CaughtMail };

export interface MailCatcherOptions {
  /** 0 (the default): a free port. */
  smtpPort?: number;
  /** 0 (the default): a free port. */
  httpPort?: number;
  /** Default 127.0.0.1; anything but a loopback address or `localhost` is refused. */
  host?: string;
  /** Default 1000; past it the oldest message is dropped. */
  maxMessages?: number;
  /** Default 10 MB; announced as SMTP SIZE, larger messages are refused with 552. */
  maxMessageBytes?: number;
}

export interface RunningMailCatcher {
  /** "smtp://127.0.0.1:PORT" */
  smtpUrl: string;
  /** The HTTP API's base, "http://127.0.0.1:PORT" */
  url: string;
  /** Newest first; `to` matches any envelope recipient, ignoring case. */
  messages(filter?: { to?: string }): CaughtMail[];
  clear(): void;
  close(): Promise<void>;
}

/** Starts the SMTP listener and its HTTP API, both on the loopback host, free ports by default. */
export async function startMailCatcher(
  options: MailCatcherOptions = {},
): Promise<RunningMailCatcher> {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopbackHost(host)) {
    throw new Error(
      `The mail catcher listens on loopback only (127.0.0.1, ::1, localhost), not "${host}": ` +
        "it accepts mail from anyone without a password and shows it to anyone who asks.",
    );
  }
  const maxBytes = options.maxMessageBytes ?? 10 * 1024 * 1024;
  const mailbox = new Mailbox(options.maxMessages ?? 1000);

  const smtp = new SMTPServer({
    name: "mail-catcher",
    banner: "mail catcher (local demo and tests only)",
    size: maxBytes,
    authOptional: true,
    allowInsecureAuth: true, // no STARTTLS, so AUTH must work in clear text
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "anonymous" });
    },
    onData(stream, session, callback) {
      receive(stream, maxBytes).then(
        async (raw) => {
          const parsed = await simpleParser(raw);
          const envelope = session.envelope;
          mailbox.add(
            toCaughtMail(parsed, {
              from: envelope.mailFrom ? envelope.mailFrom.address : "",
              to: envelope.rcptTo.map((r) => r.address),
            }),
          );
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // Connection errors (a client hanging up mid-command) are the client's business, not a crash.
  smtp.on("error", () => {});
  const smtpPort = await listen(smtp.server, () => smtp.listen(options.smtpPort ?? 0, host));

  const http = createHttpServer(mailbox);
  http.keepAliveTimeout = 5000;
  const closeSmtp = () => new Promise<void>((resolve) => smtp.close(() => resolve()));
  let httpPort: number;
  try {
    httpPort = await listen(http, () => http.listen(options.httpPort ?? 0, host));
  } catch (error) {
    await closeSmtp();
    throw error;
  }

  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    smtpUrl: `smtp://${urlHost}:${smtpPort}`,
    url: `http://${urlHost}:${httpPort}`,
    messages: (filter) => structuredClone(mailbox.list(filter)),
    clear: () => mailbox.clear(),
    async close() {
      http.closeAllConnections();
      await Promise.all([closeSmtp(), new Promise<void>((resolve) => http.close(() => resolve()))]);
    },
  };
}

/** Runs `start` and resolves with the bound port, or rejects with the listen error (EADDRINUSE). */
function listen(server: Server | SMTPServer["server"], start: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once("error", fail);
    server.once("listening", () => {
      server.off("error", fail);
      resolve((server.address() as AddressInfo).port);
    });
    start();
  });
}

/** The raw message, or a 552 error once it has passed `maxBytes` (the rest is read and dropped). */
function receive(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxBytes) chunks.push(chunk);
    });
    stream.once("error", reject);
    stream.once("end", () => {
      if (stream.sizeExceeded || bytes > maxBytes) {
        const error: Error & { responseCode?: number } = new Error(
          `Message exceeds the catcher's size limit of ${maxBytes} bytes`,
        );
        error.responseCode = 552;
        return reject(error);
      }
      resolve(Buffer.concat(chunks));
    });
  });
}
