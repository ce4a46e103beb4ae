/** One message the catcher accepted, as the HTTP API and the client return it. */
export interface CaughtMail {
  /** Random and URL-safe. */
  id: string;
  /** When the catcher accepted it (ISO 8601). */
  receivedAt: string;
  /** The From header's address (the envelope sender when the header has none). */
  from: string;
  /** The envelope recipients (RCPT TO), lower-cased: Bcc included, display names not. */
  to: string[];
  subject: string;
  /** The text/plain part. */
  text: string | null;
  /** The text/html part. */
  html: string | null;
  /** Lower-case header names → value; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
}
