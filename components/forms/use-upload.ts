"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { checkUpload } from "@/lib/requirements/upload-rules";

export interface Upload {
  file: File | null;
  /** An object URL for the preview; revoked when the file changes or the form unmounts. */
  url: string | null;
  error: string | null;
}

const NONE: Upload = { file: null, url: null, error: null };

/**
 * The chosen document file, held outside react-hook-form (its values are sent as JSON; the file
 * travels beside them). A file failing `checkUpload` is refused at once, never kept.
 */
export function useUpload() {
  const t = useTranslations("Validation");
  const [upload, setUpload] = useState<Upload>(NONE);
  const urlRef = useRef<string | null>(null);

  const release = useCallback(() => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
  }, []);
  useEffect(() => release, [release]);

  /** true when the file is kept. */
  const choose = useCallback(
    (file: File): boolean => {
      release();
      const problem = checkUpload({ size: file.size, type: file.type, name: file.name }, t);
      if (problem) {
        setUpload({ file: null, url: null, error: problem });
        return false;
      }
      const url = URL.createObjectURL(file);
      urlRef.current = url;
      setUpload({ file, url, error: null });
      return true;
    },
    [release, t],
  );

  const clear = useCallback(() => {
    release();
    setUpload(NONE);
  }, [release]);

  /** A problem reported for the file (missing, or refused by the server). */
  const fail = useCallback((message: string) => setUpload((u) => ({ ...u, error: message })), []);

  return { upload, choose, clear, fail };
}
