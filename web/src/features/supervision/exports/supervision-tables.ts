// The supervision pages' tables as export tables: the drill-down (every application the server
// found for the filter), the workload and an audit search. Headers and words come from i18n.
import type { RouterOutputs } from '../../../lib/api-types';
import type { ExportTable, Translate } from '../../../lib/export/table-export';
import type { BoardCasesFilter } from '../supervision.queries';

type Board = RouterOutputs['supervision']['board'];
export type BoardDimension = 'byStep' | 'byBusinessType' | 'byOffice';
type Cases = RouterOutputs['supervision']['boardCasesExport'];
type Workload = RouterOutputs['supervision']['workload'];
type Audit = RouterOutputs['supervision']['auditExport'];

const AGE_BANDS = ['0-1', '2-3', '4-5', '6+'] as const;

/** The filter in the file name, so two exports of different numbers do not overwrite each other. */
function casesFileName(filter: BoardCasesFilter): string {
  const parts = [filter.sla, filter.step, filter.businessType, filter.officeId, filter.ageBand === undefined ? undefined : `age${AGE_BANDS[filter.ageBand]}`];
  return ['sla-cases', ...parts.filter((p): p is string => Boolean(p))].join('-').replace(/[^\w.-]+/g, '_');
}

const BOARD_SLAS = ['breached', 'due_today', 'at_risk', 'on_track', 'paused'] as const;

/** One dimension of the board as on screen: a line per step, business type or office. */
export function boardTable(board: Board, dimension: BoardDimension, t: Translate, label: (key: string) => string): ExportTable {
  return {
    fileName: `sla-board-${dimension}-${board.today}`,
    sheetName: t(`supervision.board.${dimension}`),
    columns: [
      { header: t('supervision.board.columns.name'), kind: 'text', width: 20 },
      { header: t('supervision.board.columns.open'), kind: 'number' },
      ...BOARD_SLAS.map((s) => ({ header: t(`supervision.sla.${s}`), kind: 'number' as const })),
      ...board.ageBands.map((band) => ({ header: t('supervision.board.columns.age', { band }), kind: 'number' as const })),
      { header: t('supervision.board.columns.oldestDays'), kind: 'number', width: 16 },
    ],
    rows: board[dimension].map((l) => [label(l.key), l.open, ...BOARD_SLAS.map((s) => l[s]), ...l.ageBands, l.oldestAgeWorkingDays]),
  };
}

export function casesTable(data: Cases, filter: BoardCasesFilter, t: Translate, officeName: (id: string) => string): ExportTable {
  return {
    fileName: casesFileName(filter),
    sheetName: t('supervision.cases.title'),
    columns: [
      { header: t('supervision.cases.receiptNo'), kind: 'text', width: 24 },
      { header: t('supervision.cases.businessType'), kind: 'text', width: 20 },
      { header: t('supervision.cases.step'), kind: 'text' },
      { header: t('supervision.cases.office'), kind: 'text', width: 16 },
      { header: t('supervision.cases.applicant'), kind: 'text' },
      { header: t('supervision.cases.idNumber'), kind: 'text', width: 22 },
      { header: t('supervision.cases.acceptedAt'), kind: 'datetime', width: 18 },
      { header: t('supervision.cases.age'), kind: 'number' },
      { header: t('supervision.cases.dueOn'), kind: 'date', width: 12 },
      { header: t('supervision.cases.sla'), kind: 'text' },
      { header: t('supervision.cases.assignee'), kind: 'text' },
    ],
    rows: data.items.map((r) => [
      r.receiptNo,
      t(`supervision.businessTypes.${r.businessType}`, { defaultValue: r.businessType }),
      r.step ? t(`supervision.steps.${r.step}`, { defaultValue: r.step }) : null,
      officeName(r.officeId),
      r.applicantName,
      r.applicantIdMasked,
      r.acceptedAt,
      r.ageWorkingDays,
      r.dueOn,
      t(`supervision.sla.${r.sla}`),
      r.assignee?.name ?? t('supervision.cases.unclaimed'),
    ]),
    truncatedAt: data.truncatedAt ?? undefined,
  };
}

export function workloadTable(data: Workload, t: Translate, officeName: (id: string) => string): ExportTable {
  return {
    fileName: 'workload',
    sheetName: t('supervision.workload.title'),
    columns: [
      { header: t('supervision.workload.name'), kind: 'text' },
      { header: t('supervision.workload.role'), kind: 'text' },
      { header: t('supervision.cases.office'), kind: 'text', width: 16 },
      { header: t('supervision.workload.claimed'), kind: 'number' },
      { header: t('supervision.workload.decidedToday'), kind: 'number' },
      { header: t('supervision.workload.avgHandlingMinutes', { days: data.handlingWindowDays }), kind: 'number', width: 24 },
      { header: t('supervision.workload.oldestClaimed'), kind: 'datetime', width: 18 },
      { header: t('supervision.workload.oldestAgeDays'), kind: 'number' },
    ],
    rows: data.rows.map((r) => [r.name, t(`roles.${r.role}`), officeName(r.officeId), r.claimed, r.decidedToday, r.avgHandlingMinutes, r.oldestClaimedAt, r.oldestClaimedAgeWorkingDays]),
  };
}

export function auditTable(data: Audit, t: Translate): ExportTable {
  return {
    fileName: 'audit',
    sheetName: t('supervision.audit.title'),
    columns: [
      { header: t('supervision.audit.columns.seq'), kind: 'number' },
      { header: t('supervision.audit.columns.at'), kind: 'datetime', width: 18 },
      { header: t('supervision.audit.columns.actorKind'), kind: 'text' },
      { header: t('supervision.audit.columns.actor'), kind: 'text', width: 20 },
      { header: t('supervision.audit.columns.action'), kind: 'text', width: 24 },
      { header: t('supervision.audit.columns.subjectType'), kind: 'text' },
      { header: t('supervision.audit.columns.subject'), kind: 'text', width: 30 },
      { header: t('supervision.audit.columns.data'), kind: 'text', width: 40 },
      { header: t('supervision.audit.columns.hash'), kind: 'text', width: 40 },
    ],
    rows: data.items.map((e) => [e.seq, e.at, t(`supervision.audit.actorKinds.${e.actorKind}`), e.actorId, e.action, e.subjectType, e.subjectId, JSON.stringify(e.data), e.hash]),
    truncatedAt: data.truncatedAt ?? undefined,
  };
}
