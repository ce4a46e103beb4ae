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
