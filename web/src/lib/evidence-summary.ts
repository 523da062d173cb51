// A data-sharing answer's summary as label/value pairs. The registries answer with field names
// (nameMatches, validUntil…); each feature labels them from its own strings under `prefix`
// (`<prefix>.fields.<name>`, `<prefix>.values.<yes|no|none|male|female>`); values keep their data.
import type { TFunction } from 'i18next';

const WORDED = new Set(['male', 'female']);

export function evidenceLines(summary: Record<string, unknown>, t: TFunction, prefix: string): { label: string; value: string }[] {
  const value = (v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'boolean') return t(`${prefix}.values.${v ? 'yes' : 'no'}`);
    if (typeof v === 'string' && WORDED.has(v)) return t(`${prefix}.values.${v}`);
    if (Array.isArray(v) && v.length === 0) return t(`${prefix}.values.none`);
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v as string | number);
  };
  // An unknown field still shows, under its own name: the evidence is never hidden.
  return Object.entries(summary).map(([k, v]) => ({ label: t(`${prefix}.fields.${k}`, { defaultValue: k }), value: value(v) }));
}
