/**
 * Tables that stack below the md breakpoint (phones from 360 px): each row becomes a card and each
 * cell names its column (CSS generated from `data-label`, so the cell's text stays its value),
 * so nothing scrolls sideways (issue 15). The explicit roles keep the table
 * semantics for screen readers when the CSS display changes.
 */
export const stacked = {
  table: "w-full text-left text-sm max-md:block",
  thead: "max-md:sr-only",
  tbody: "max-md:block",
  tr: "max-md:block max-md:px-3 max-md:py-3",
  /** A cell's `data-label` (its column's name) is shown in front of its value on phones only. */
  td: "max-md:flex max-md:flex-wrap max-md:items-baseline max-md:gap-x-2 max-md:px-0 max-md:py-0.5 max-md:before:font-medium max-md:before:text-slate-700 max-md:before:content-[attr(data-label)]",
} as const;
