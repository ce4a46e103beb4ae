/** How a chosen file is described and previewed. */
export type PreviewKind = "image" | "pdf" | "none";

interface FileLike {
  name: string;
  type: string;
  size: number;
}

/** Images show as a picture, PDFs in an embedded viewer; the MIME type wins over the name. */
export function previewKind(file: FileLike): PreviewKind {
  const type = file.type.toLowerCase();
  const ext = file.name.toLowerCase().split(".").pop() ?? "";
  if (type === "image/jpeg" || type === "image/png") return "image";
  if (type === "application/pdf") return "pdf";
  if (type !== "") return "none";
  if (ext === "jpg" || ext === "jpeg" || ext === "png") return "image";
  return ext === "pdf" ? "pdf" : "none";
}

/** "820 KB", "1.4 MB": sizes the way a file manager shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1000) return `${Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}

/** The same in the customer's language ("1,4 MB", "820 Byte"), through Intl. */
export function formatBytesIn(bytes: number, locale: string): string {
  const unit = (name: string, value: number, digits: number) =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit: name,
      unitDisplay: name === "byte" ? "long" : "short",
      maximumFractionDigits: digits,
    }).format(value);
  if (bytes < 1024) return unit("byte", bytes, 0);
  const kb = bytes / 1024;
  if (kb < 1000) return unit("kilobyte", Math.round(kb), 0);
  return unit("megabyte", kb / 1024, 1);
}
