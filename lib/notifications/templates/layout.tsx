/**
 * The frame every notice shares: the platform's logo and name on top, a greeting, the body, and
 * a footer that says why the mail came, how to get fewer and where to ask. Written in the
 * recipient's language (`words`), `lang` on the document. Plain colours and system fonts; the one
 * image is the platform's logo, from the portal itself and only when the brand has one. Nothing
 * loads from elsewhere or tracks opening.
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
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { greeting } from "./format";
import type { Brand, Words } from "./types";

// System fonts only; the Japanese ones (macOS, Windows) before the generic fallback.
const font =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif';
const ink = "#1f2937";
const muted = "#6b7280";
/** The portal's default brand colour (BRAND_PRIMARY_COLOR's default). */
const defaultAccent = "#1d4ed8";

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
  logo: { display: "inline-block", verticalAlign: "middle", marginRight: "8px" },
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
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  link: { textDecoration: "underline" },
  hr: { borderColor: "#e5e7eb", margin: "24px 0 16px" },
  footer: { color: muted, fontSize: "12px", lineHeight: "18px", margin: "0 0 8px" },
  footerLink: { color: muted, fontSize: "12px", lineHeight: "24px", margin: "0 0 4px" },
} as const;

/** The footer's links; confirm_contact has none, since that contact is not subscribed yet. */
export interface FooterLinks {
  preferencesUrl: string;
  unsubscribeUrl: string;
}

interface LayoutProps {
  brand: Brand;
  words: Words;
  /** Also the document's title, which some clients and screen readers show. */
  subject: string;
  /** The line inbox lists show next to the subject. */
  preview: string;
  heading: string;
  recipientName: string | null;
  /** The footer's sentence, e.g. "You get this email from … because you are a contact for Acme." */
  why: string;
  links: FooterLinks | null;
  children: ReactNode;
}

/** The brand's colour, which the button and links carry (its contrast with white is checked). */
const accentOf = (brand: Brand) => brand.color ?? defaultAccent;

export function Layout({
  brand,
  words,
  subject,
  preview,
  heading,
  recipientName,
  why,
  links,
  children,
}: LayoutProps) {
  const accent = accentOf(brand);
  return (
    <Html lang={words.locale}>
      <Head>
        <title>{subject}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={{ ...styles.container, borderTop: `4px solid ${accent}` }}>
          <Text style={styles.product}>
            {/* Decorative: the name beside it says who sends (and shows when images are off). */}
            {brand.logoUrl && <Img src={brand.logoUrl} alt="" height="28" style={styles.logo} />}
            {brand.productName}
          </Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          <Paragraph>{greeting(words, recipientName)}</Paragraph>
          {children}
          <Hr style={styles.hr} />
          <Footer brand={brand} words={words} why={why} links={links} />
        </Container>
      </Body>
    </Html>
  );
}

function Footer({
  brand,
  words: { t },
  why,
  links,
}: {
  brand: Brand;
  words: Words;
  why: string;
  links: FooterLinks | null;
}) {
  return (
    <Section>
      <Text style={styles.footer}>{why}</Text>
      {/* One link a line, 24px high: targets far enough apart to tap (WCAG 2.2 target size). */}
      {links && (
        <>
          <Text style={styles.footerLink}>
            <TextLink brand={brand} href={links.preferencesUrl}>
              {t("layout.preferences")}
            </TextLink>
          </Text>
          <Text style={styles.footerLink}>
            <TextLink brand={brand} href={links.unsubscribeUrl}>
              {t("layout.unsubscribe")}
            </TextLink>
          </Text>
        </>
      )}
      {brand.supportEmail && (
        <Text style={styles.footer}>
          {t.rich("layout.questions", {
            email: brand.supportEmail,
            mail: (chunks) => (
              <TextLink brand={brand} href={`mailto:${brand.supportEmail}`}>
                {chunks}
              </TextLink>
            ),
          })}
        </Text>
      )}
      {brand.supportUrl && (
        <Text style={styles.footer}>
          <TextLink brand={brand} href={brand.supportUrl}>
            {t("layout.helpPages")}
          </TextLink>
        </Text>
      )}
    </Section>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}

/** The mail's one call to action. */
export function PrimaryButton({
  brand,
  href,
  children,
}: {
  brand: Brand;
  href: string;
  children: string;
}) {
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button href={href} style={{ ...styles.button, backgroundColor: accentOf(brand) }}>
        {children}
      </Button>
    </Section>
  );
}

export function TextLink({
  brand,
  href,
  children,
}: {
  brand: Brand;
  href: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} style={{ ...styles.link, color: accentOf(brand) }}>
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
