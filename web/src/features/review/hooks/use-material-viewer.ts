// The material viewer's state: which page, zoom, rotation, and "fit to the pane" (the default,
// so a page is readable whole before the reviewer zooms into a detail); and the field the
// reviewer picked in the OCR list, whose box is highlighted on its page.
import { useCallback, useMemo, useState } from 'react';
import type { FieldRef, ReadPage } from '../page-fields';
import { materialName } from '../review-format';

export interface ViewerPage extends ReadPage {
  readonly materialLabel: string;
  /** 1-based page within its material */
  readonly pageNo: number;
  readonly pageCount: number;
}

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

function pagesOf(read: readonly ReadPage[], language: string): ViewerPage[] {
  return read.map((p) => {
    const ofMaterial = read.filter((q) => q.materialId === p.materialId);
    return { ...p, materialLabel: materialName(p.materialId, language), pageNo: ofMaterial.indexOf(p) + 1, pageCount: ofMaterial.length };
  });
}

export function useMaterialViewer(read: readonly ReadPage[], language: string) {
  const pages = useMemo(() => pagesOf(read, language), [read, language]);
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<FieldRef | null>(null);
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
    selected,
    /** Shows the field's page and highlights its box there. */
    selectField: (field: FieldRef) => {
      const at = pages.findIndex((p) => p.sha256 === field.pageSha256);
      if (at >= 0 && pages[at] !== current) go(at);
      setSelected(field);
    },
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
