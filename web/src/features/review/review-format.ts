// Display helpers shared by the queue and the decide screen: names from the catalogue (it is
// data and carries both languages) and money as yuan.
import { findBusinessType, formatMessage, MATERIALS } from '@onetrip/workflows';

export type SlaStatus = 'on_track' | 'due_today' | 'at_risk' | 'breached';

export const SLA_COLOR = { on_track: 'success', due_today: 'warning', at_risk: 'warning', breached: 'error' } as const;

const isEn = (language: string) => language.startsWith('en');

export function businessTypeName(code: string, language: string): string {
  const type = findBusinessType(code);
  if (!type) return code;
  return isEn(language) ? type.name.en : type.name.zh;
}

export function materialName(materialId: string, language: string): string {
  const material = (MATERIALS as Record<string, { name: { zh: string; en: string } } | undefined>)[materialId];
  if (!material) return materialId;
  return isEn(language) ? material.name.en : material.name.zh;
}

/** A rule or lifecycle code explained in the current language (workflows/rules/messages.ts). */
export function ruleMessage(code: string, params: Readonly<Record<string, string | number | boolean>>, language: string): string {
  return formatMessage(code, params, isEn(language) ? 'en' : 'zh');
}

/** 1234567 fen → "12,345.67" (grouped for reading, exact: integer arithmetic, no float rounding). */
export function formatYuan(fen: number, language: string): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString(isEn(language) ? 'en-US' : 'zh-CN');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

// Swedish dates are ISO-shaped ("2026-11-22 14:35"): one width in both languages, so a grid column
// sized for it never clips (the long English "11/22/2026, 14:35" did).
const COMPACT_DATE_TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as Beijing "YYYY-MM-DD HH:mm", for narrow table columns. */
export function compactDateTime(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : COMPACT_DATE_TIME.format(instant);
}
