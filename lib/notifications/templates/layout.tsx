/**
 * The frame every notice shares: the product's name on top, a greeting, the body, and a footer
 * that says why the mail came and how to get fewer. Plain colours and system fonts only: no images,
 * no remote fonts, nothing that loads from elsewhere or tracks opening.
 */
import type { ReactNode } from "react";
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { greeting } from "./format";
import type { Brand } from "./types";

const font = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const ink = "#1f2937";
const muted = "#6b7280";
const accent = "#1d4ed8";

const styles = {
  body: { backgroundColor: "#f3f4f6", margin: 0, padding: "24px 0", fontFamily: font },
  container: {
    backgroundColor: "#ffffff",
    border: "1px solid #e5e7eb",
    borderRadius: "8px",
    maxWidth: "560px",
    padding: "24px 32px",
  },
  product: { color: muted, fontSize: "14px", fontWeight: 600, margin: "0 0 16px" },
  heading: { color: ink, fontSize: "20px", lineHeight: "28px", margin: "0 0 16px" },
  text: { color: ink, fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  list: {
    color: ink,
    fontSize: "15px",
    lineHeight: "24px",
    margin: "0 0 16px",
    paddingLeft: "20px",
  },
  item: { margin: "0 0 8px" },
  button: {
    backgroundColor: accent,
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  link: { color: accent, textDecoration: "underline" },
  hr: { borderColor: "#e5e7eb", margin: "24px 0 16px" },
  footer: { color: muted, fontSize: "12px", lineHeight: "18px", margin: "0 0 8px" },
} as const;

/** The footer's links; confirm_contact has none, since that contact is not subscribed yet. */
export interface FooterLinks {
  preferencesUrl: string;
  unsubscribeUrl: string;
}

interface LayoutProps {
  brand: Brand;
  /** Also the document's title, which some clients and screen readers show. */
  subject: string;
  /** The line inbox lists show next to the subject. */
  preview: string;
  heading: string;
  recipientName: string | null;
  /** Completes "You get this email from {productName} because …", e.g. "you are a contact for Acme". */
  why: string;
  links: FooterLinks | null;
  children: ReactNode;
}

export function Layout({
  brand,
  subject,
  preview,
  heading,
  recipientName,
  why,
  links,
  children,
}: LayoutProps) {
  return (
    <Html lang="en">
      <Head>
        <title>{subject}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.product}>{brand.productName}</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          <Paragraph>{greeting(recipientName)}</Paragraph>
          {children}
          <Hr style={styles.hr} />
          <Footer brand={brand} why={why} links={links} />
        </Container>
      </Body>
    </Html>
  );
}

function Footer({ brand, why, links }: { brand: Brand; why: string; links: FooterLinks | null }) {
  return (
    <Section>
      <Text style={styles.footer}>
        You get this email from {brand.productName} because {why}.
      </Text>
      {links && (
        <Text style={styles.footer}>
          <Link href={links.preferencesUrl} style={styles.link}>
            Choose which emails you get
          </Link>
          <br />
          <Link href={links.unsubscribeUrl} style={styles.link}>
            Unsubscribe from these emails
          </Link>
        </Text>
      )}
      {brand.supportEmail && (
        <Text style={styles.footer}>
          Questions? Write to{" "}
          <Link href={`mailto:${brand.supportEmail}`} style={styles.link}>
            {brand.supportEmail}
          </Link>
          .
        </Text>
      )}
    </Section>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}

/** The mail's one call to action. */
export function PrimaryButton({ href, children }: { href: string; children: string }) {
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  );
}

export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} style={styles.link}>
      {children}
    </Link>
  );
}

/** A bulleted list; `lang` marks text in a known language, e.g. Twilio's English review notes. */
export function List({ items, lang }: { items: ReactNode[]; lang?: string }) {
  return (
    <ul style={styles.list}>
      {items.map((item, i) => (
        <li key={i} lang={lang} style={styles.item}>
          {item}
        </li>
      ))}
    </ul>
  );
}
