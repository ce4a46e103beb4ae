import { useLocale, useTranslations } from "next-intl";
import { formatBytesIn, previewKind } from "./file-info";
import { secondaryButtonClass } from "./styles";

/** The chosen file: its name and size, a picture or an embedded PDF, and a way to remove it. */
export function FilePreview({
  file,
  url,
  onRemove,
}: {
  file: File;
  url: string;
  onRemove: () => void;
}) {
  const t = useTranslations("Forms.file");
  const locale = useLocale();
  const kind = previewKind(file);
  return (
    <div className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-900">
          <span className="font-medium break-all">{file.name}</span> (
          {formatBytesIn(file.size, locale)})
        </p>
        <button
          type="button"
          onClick={onRemove}
          aria-label={t("removeNamed", { name: file.name })}
          className={secondaryButtonClass}
        >
          {t("remove")}
        </button>
      </div>
      {kind === "image" ? (
        // A blob: URL of the customer's own file; next/image would add nothing but a loader.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={url}
          alt={t("preview", { name: file.name })}
          className="mt-3 max-h-72 max-w-full rounded border border-slate-300 bg-white"
        />
      ) : null}
      {kind === "pdf" ? (
        <>
          <object
            data={url}
            type="application/pdf"
            title={t("preview", { name: file.name })}
            className="mt-3 h-80 w-full rounded border border-slate-300 bg-white"
          >
            <p className="p-3 text-sm text-slate-700">{t("noPdfPreview")}</p>
          </object>
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            className="mt-2 inline-block text-sm font-medium text-blue-800 underline"
          >
            {t("openPdf", { name: file.name })}
          </a>
        </>
      ) : null}
    </div>
  );
}
