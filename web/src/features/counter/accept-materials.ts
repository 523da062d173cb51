// What counter.accept receives for the pages on the desk: per material its pages in the clerk's
// order, each with the kind of the material the clerk put it under and every field's value as the
// clerk let it stand or corrected it, so the reviewer sees what was confirmed beside what OCR read.
import { MATERIALS, type MaterialId } from '@onetrip/workflows';
import type { DraftPage } from './counter-types';
import { fieldValue } from './draft-rules';

/** The kind a page is once the clerk put it under a material: the material's; else what classification said. */
function kindOf(materialId: string, page: NonNullable<DraftPage['page']>) {
  return materialId in MATERIALS ? MATERIALS[materialId as MaterialId].ocrKind : page.classification.kind;
}

export function materialsOf(pages: readonly DraftPage[]) {
  const by = new Map<string, DraftPage[]>();
  for (const p of pages) if (p.status === 'ready' && p.page && p.materialId) by.set(p.materialId, [...(by.get(p.materialId) ?? []), p]);
  return [...by].map(([materialId, read]) => ({
    materialId,
    pages: read.map((p) => p.page!.sha256),
    confirmed: read.map((p) => ({ sha256: p.page!.sha256, kind: kindOf(materialId, p.page!), fields: p.page!.fields.map((f) => ({ key: f.key, value: fieldValue(p, f.key).trim() })) })),
  }));
}
