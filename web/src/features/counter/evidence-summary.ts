// A data-sharing answer's summary as label/value lines for the clerk: the registries answer with
// field names (nameMatches, validUntil…), which are labelled here; values keep their data.
import type { TFunction } from 'i18next';

export function evidenceLines(summary: Record<string, unknown>, t: TFunction): { label: string; value: string }[] {
  const value = (v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'boolean') return t(v ? 'counter.evidence.yes' : 'counter.evidence.no');
    if (Array.isArray(v) && v.length === 0) return t('counter.evidence.none');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v as string | number);
  };
  // An unknown field still shows, under its own name: the evidence is never hidden.
  return Object.entries(summary).map(([k, v]) => ({ label: t(`counter.evidence.fields.${k}`, { defaultValue: k }), value: value(v) }));
}
