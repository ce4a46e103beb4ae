/**
 * The HTML check every mail passes (tests only): html-validate's recommended rules, relaxed only
 * where email HTML must differ from web HTML.
 */
import { HtmlValidate } from "html-validate";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // React Email emits the XHTML 1.0 Transitional doctype on purpose: Outlook and older clients
    // render in standards mode with it.
    "doctype-html": "off",
    // React serialises void elements as <meta/>, <br/>, <hr/>: valid under that doctype; we still
    // require them to be consistent rather than turning the rule off.
    "void-style": ["error", { style: "selfclose" }],
    // Many clients strip <style> blocks, so every style is inline (React Email's components).
    "no-inline-style": "off",
    // React Email's layout tables carry align/width/border/cellpadding/cellspacing, which Outlook
    // needs because it ignores the CSS equivalents.
    "no-deprecated-attr": "off",
    // React writes those table attributes as cellPadding/cellSpacing; attribute names are
    // case-insensitive in HTML. Lowercase stays the rule for everything else we write.
    "attr-case": ["error", { style: ["lowercase", "camelcase"] }],
    // React Email's Button pads itself in Outlook through <!--[if mso]> comments.
    "no-conditional-comment": "off",
    // The <title> is the mail's subject, whose length follows the customer's Bundle and account
    // names; the 70-character limit is about search results, which mails never appear in.
    "long-title": "off",
  },
});

/** html-validate's findings for one mail's HTML, as `rule: message` lines (none: it passes). */
export async function validateMailHtml(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
