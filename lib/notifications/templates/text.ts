/**
 * How the HTML reads as plain text (html-to-text, through React Email's `toPlainText`):
 * links as "Update now: https://…", headings as written rather than upper-cased, and the logo
 * left out (the product's name beside it is the text).
 */
import { toPlainText } from "@react-email/render";

type Options = NonNullable<Parameters<typeof toPlainText>[1]>;

// html-to-text ships no types (and @types/html-to-text is not installed), so the formatter's
// arguments are declared here, as far as they are used; see its README, "Custom formatters".
interface Elem {
  attribs?: Record<string, string>;
  children: unknown[];
}
interface Builder {
  pushWordTransform(transform: (word: string) => string): void;
  popWordTransform(): void;
  addInline(text: string, options?: { noWordTransform?: boolean }): void;
}
type Formatter = (
  elem: Elem,
  walk: (nodes: unknown[], builder: Builder) => void,
  builder: Builder,
) => void;

/** "label: href", or just the address when the label already is it (e.g. a mailto link). */
const labelledLink: Formatter = (elem, walk, builder) => {
  const href = (elem.attribs?.href ?? "").replace(/^mailto:/, "");
  let label = "";
  builder.pushWordTransform((word) => {
    label += word;
    return word;
  });
  walk(elem.children, builder);
  builder.popWordTransform();
  if (href && href !== label.trim()) builder.addInline(`: ${href}`, { noWordTransform: true });
};

export const textOptions: Options = {
  formatters: { labelledLink },
  selectors: [
    { selector: "a", format: "labelledLink" },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3"].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
  ],
};
