import type { Brand } from "@/lib/branding/brand";

/** The platform's logo (decorative: its name follows) and name, as the header and sign-in show it. */
export function BrandMark({ brand }: { brand: Brand }) {
  return (
    <span className="inline-flex items-center gap-2">
      {brand.logoUrl ? (
        // A small local file (public/); next/image would add nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={brand.logoUrl} alt="" className="h-7 w-auto" />
      ) : null}
      <span>{brand.name}</span>
    </span>
  );
}
