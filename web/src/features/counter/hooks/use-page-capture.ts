// Sends scanner files and camera frames to POST /api/pages, one request per file, all at once:
// the server's OCR pool queues them, so the clerk keeps scanning while earlier pages are read.
import { useCallback, useRef } from 'react';
import { useMe } from '../../auth/hooks/use-session';
import type { CapturedPage, ChecklistLine, DraftPage } from '../counter-types';
import { suggestMaterial } from '../draft-rules';
import type { DraftDispatch } from './use-counter-draft';

async function upload(file: Blob, name: string): Promise<CapturedPage[]> {
  const response = await fetch('/api/pages', {
    method: 'POST',
    credentials: 'same-origin',
    // Header values are ASCII: a Chinese file name travels percent-encoded.
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as { pages?: CapturedPage[]; appCode?: string };
  if (!response.ok || !body.pages) throw new Error(body.appCode ?? 'common.internal');
  return body.pages;
}

export function usePageCapture(dispatch: DraftDispatch, lines: readonly ChecklistLine[], pages: readonly DraftPage[]) {
  const counter = useRef(0);
  // The server's UPLOAD_MAX_MB: it stays the judge, checking here only spares the upload.
  const maxBytes = useMe().limits.uploadBytes;
  // The latest checklist and pages, for suggestions made when a slow read finishes.
  const latest = useRef({ lines, pages });
  latest.current = { lines, pages };

  return useCallback(
    (files: readonly (File | { blob: Blob; name: string })[], materialId: string | null = null) => {
      for (const f of files) {
        const blob = f instanceof File ? f : f.blob;
        const name = f instanceof File ? f.name : f.name;
        const localId = `p${Date.now().toString(36)}${(counter.current++).toString(36)}`;
        dispatch({ type: 'reading', pages: [{ localId, fileName: name, status: 'reading', materialId, confirmed: [], edited: {} }] });
        if (blob.size > maxBytes) {
          dispatch({ type: 'failed', localId, errorCode: 'imaging.too_large' });
          continue;
        }
        upload(blob, name).then(
          (read) => {
            const { lines: l, pages: p } = latest.current;
            dispatch({ type: 'read', localId, pages: read.map((page) => ({ page, materialId: suggestMaterial(page.classification.kind, l, p) })) });
          },
          (e: unknown) => dispatch({ type: 'failed', localId, errorCode: e instanceof TypeError ? 'common.network' : (e as Error).message }),
        );
      }
    },
    [dispatch, maxBytes],
  );
}
