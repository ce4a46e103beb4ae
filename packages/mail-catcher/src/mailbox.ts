import type { CaughtMail } from "./types";

/** The caught messages in memory, oldest dropped past `max`. */
export class Mailbox {
  private readonly mails: CaughtMail[] = [];

  constructor(private readonly max: number) {}

  add(mail: CaughtMail): void {
    this.mails.push(mail);
    if (this.mails.length > this.max) this.mails.splice(0, this.mails.length - this.max);
  }

  /** Newest first; `to` matches any recipient, ignoring case. */
  list(filter: { to?: string } = {}): CaughtMail[] {
    const to = filter.to?.trim().toLowerCase();
    const hits = to ? this.mails.filter((m) => m.to.includes(to)) : this.mails;
    return hits.slice().reverse();
  }

  get(id: string): CaughtMail | undefined {
    return this.mails.find((m) => m.id === id);
  }

  clear(): void {
    this.mails.length = 0;
  }
}
