// The material viewer's state: which page, zoom, rotation, and "fit to the pane" (the default,
// so a page is readable whole before the reviewer zooms into a detail).
import { useCallback, useMemo, useState } from 'react';
import { materialName } from '../review-format';

export interface ViewerPage {
  readonly sha256: string;
  readonly materialId: string;
  readonly materialLabel: string;
  /** 1-based page within its material */
  readonly pageNo: number;
  readonly pageCount: number;
}

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

function pagesOf(materials: unknown, language: string): ViewerPage[] {
  if (!Array.isArray(materials)) return [];
  return materials.flatMap((m: unknown) => {
    if (typeof m !== 'object' || m === null) return [];
    const { materialId, pages } = m as { materialId?: unknown; pages?: unknown };
    if (typeof materialId !== 'string' || !Array.isArray(pages)) return [];
    const hashes = pages.filter((p): p is string => typeof p === 'string');
    return hashes.map((sha256, i) => ({ sha256, materialId, materialLabel: materialName(materialId, language), pageNo: i + 1, pageCount: hashes.length }));
  });
}

export function useMaterialViewer(materials: unknown, language: string) {
  const pages = useMemo(() => pagesOf(materials, language), [materials, language]);
  const [index, setIndex] = useState(0);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [rotation, setRotation] = useState(0);
  const current = pages[Math.min(index, Math.max(pages.length - 1, 0))] ?? null;

  const go = useCallback(
    (to: number) => {
      setIndex(Math.max(0, Math.min(pages.length - 1, to)));
      setRotation(0);
    },
    [pages.length],
  );
  const zoomBy = useCallback((direction: 1 | -1) => {
    setZoom((z) => {
      const from = z === 'fit' ? 1 : z;
      const i = ZOOM_STEPS.findIndex((s) => s >= from);
      const next = ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, (i === -1 ? ZOOM_STEPS.length - 1 : i) + direction))]!;
      return next;
    });
  }, []);

  return {
    pages,
    index: current ? pages.indexOf(current) : 0,
    current,
    zoom,
    rotation,
    go,
    next: () => go(index + 1),
    previous: () => go(index - 1),
    zoomIn: () => zoomBy(1),
    zoomOut: () => zoomBy(-1),
    fit: () => setZoom('fit'),
    rotate: () => setRotation((r) => (r + 90) % 360),
  };
}

export type MaterialViewerState = ReturnType<typeof useMaterialViewer>;
