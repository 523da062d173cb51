// The grid's scroll position and column choice survive opening a task and coming back: the
// scroll for this tab (sessionStorage), the columns for this workstation (localStorage).
import type { GridColumnVisibilityModel, useGridApiRef } from '@mui/x-data-grid';
import { useCallback, useEffect, useRef, useState } from 'react';

const SCROLL_KEY = 'onetrip.review.gridScroll';
const COLUMNS_KEY = 'onetrip.review.gridColumns';

/** Until a reviewer chooses, the list fits a 1440 px screen; the ID number and channel are a click away. */
const DEFAULT_COLUMNS: GridColumnVisibilityModel = { applicantIdMasked: false, channel: false };

function readColumns(): GridColumnVisibilityModel {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null');
    return typeof stored === 'object' && stored !== null ? (stored as GridColumnVisibilityModel) : DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

export function useColumnChoice() {
  const [model, setModel] = useState<GridColumnVisibilityModel>(readColumns);
  const change = useCallback((next: GridColumnVisibilityModel) => {
    setModel(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  }, []);
  return { columnVisibilityModel: model, onColumnVisibilityModelChange: change };
}

/** Restores the scroll once the rows of `pageKey` are on screen; saves it when the page is left. */
export function useScrollPlace(apiRef: ReturnType<typeof useGridApiRef>, pageKey: string, rowsShown: boolean) {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !rowsShown) return;
    restored.current = true;
    try {
      const saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? 'null') as { pageKey: string; top: number } | null;
      // Wait a frame: the virtual scroller measures its rows first.
      if (saved?.pageKey === pageKey) requestAnimationFrame(() => apiRef.current?.scroll({ top: saved.top }));
    } catch {
      // nothing saved worth restoring
    }
  }, [apiRef, pageKey, rowsShown]);

  useEffect(() => {
    const api = apiRef.current;
    return () => {
      const top = api?.getScrollPosition?.().top ?? 0;
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ pageKey, top }));
    };
  }, [apiRef, pageKey]);
}
