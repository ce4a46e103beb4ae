/**
 * Class names shared by the generated form controls. Colours are chosen for WCAG 2.2 AA on white:
 * slate-500 borders (3:1 for non-text contrast), slate-700 hints, red-800 errors, amber-900 advice.
 */
const focusRing =
  "focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2 focus-visible:outline-none";

export const controlClass = `mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 aria-invalid:border-red-700 aria-invalid:border-2 ${focusRing}`;

export const primaryButtonClass = `rounded-md bg-brand px-4 py-2 font-semibold text-white hover:brightness-90 disabled:cursor-wait disabled:bg-slate-500 ${focusRing}`;

export const secondaryButtonClass = `rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-50 disabled:cursor-wait disabled:text-slate-600 ${focusRing}`;

export const hintClass = "mt-1 text-sm text-slate-700";

export const errorClass = "mt-1 text-sm font-medium text-red-800";
