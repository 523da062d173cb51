// A scanned PDF has no business running anything. We refuse scripts and actions two ways:
// a raw byte scan (cheap, catches what sits in plain objects) and a walk over every parsed
// object (catches names hidden in compressed object streams or written with #xx escapes).
import { PDFDict, PDFName, PDFStream, type PDFDocument } from 'pdf-lib';

const ACTIVE_KEYS = new Set(['JS', 'JavaScript', 'Launch', 'AA', 'RichMedia', 'EmbeddedFiles']);
const ACTIVE_ACTIONS = new Set(['JavaScript', 'Launch', 'SubmitForm', 'ImportData', 'RichMediaExecute']);
const RAW_PATTERN = /\/(?:JS|JavaScript|Launch|AA|RichMedia|SubmitForm|ImportData)(?![A-Za-z0-9#])/;

export function rawActiveContent(bytes: Buffer): string | undefined {
  return RAW_PATTERN.exec(bytes.toString('latin1'))?.[0];
}

function nameOf(key: PDFName): string {
  return key.decodeText().replace(/^\//, '');
}

export function parsedActiveContent(doc: PDFDocument): string | undefined {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
    if (!dict) continue;
    for (const [key, value] of dict.entries()) {
      const k = nameOf(key);
      if (ACTIVE_KEYS.has(k)) return `/${k}`;
      if (k === 'S' && value instanceof PDFName && ACTIVE_ACTIONS.has(nameOf(value))) return `/S /${nameOf(value)}`;
    }
  }
  const openAction = doc.catalog.get(PDFName.of('OpenAction'));
  const resolved = openAction ? doc.context.lookup(openAction) : undefined;
  if (resolved instanceof PDFDict) {
    const s = resolved.get(PDFName.of('S'));
    if (s instanceof PDFName && ACTIVE_ACTIONS.has(nameOf(s))) return '/OpenAction';
  }
  return undefined;
}
