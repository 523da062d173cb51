// The clerk's rotation is a new archived rendition, not a CSS turn: POST /api/pages/:sha256/rotate
// turns the page on the server and reads it again, so the fields, the classification and the hash
// that acceptance lists are those of the page as the clerk turned it. Every turn starts from the
// page as first read (a second quarter turn is one half turn of that page, not a turn of a turn),
// so nothing is lost to repeated cleanups; a full turn brings the first reading back as it was.
import { useCallback } from 'react';
import type { CapturedPage, DraftPage, QuarterTurn } from '../counter-types';
import type { DraftDispatch } from './use-counter-draft';

async function rotateOnServer(sha256: string, degrees: QuarterTurn): Promise<CapturedPage> {
  const response = await fetch(`/api/pages/${sha256}/rotate`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ degrees }),
  });
  const body = (await response.json().catch(() => ({}))) as { pages?: CapturedPage[]; appCode?: string };
  if (!response.ok || !body.pages?.[0]) throw new Error(body.appCode ?? 'common.internal');
  return body.pages[0];
}

/** Quarter turn clockwise. */
export function usePageRotation(dispatch: DraftDispatch) {
  return useCallback(
    (page: DraftPage) => {
      if (page.status !== 'ready' || !page.page) return;
      const first = page.turnedFrom?.page ?? page.page;
      const degrees = ((page.turnedFrom?.degrees ?? 0) + 90) % 360;
      if (degrees === 0) {
        dispatch({ type: 'turned', localId: page.localId, page: first });
        return;
      }
      const turn = degrees as QuarterTurn;
      dispatch({ type: 'rereading', localId: page.localId });
      rotateOnServer(first.sha256, turn).then(
        (rotated) => dispatch({ type: 'turned', localId: page.localId, page: rotated, turnedFrom: { page: first, degrees: turn } }),
        (e: unknown) => dispatch({ type: 'reread_failed', localId: page.localId, errorCode: e instanceof TypeError ? 'common.network' : (e as Error).message }),
      );
    },
    [dispatch],
  );
}
