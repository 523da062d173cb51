import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import type { BoardCasesFilter } from '../supervision.queries';

type Line = RouterOutputs['supervision']['board']['byStep'][number];
const SLA_COLUMNS = ['breached', 'due_today', 'at_risk', 'on_track', 'paused'] as const;

interface Props {
  lines: Line[];
  ageBands: readonly string[];
  /** Which filter a line's key becomes when a number is opened. */
  keyFilter: (key: string) => BoardCasesFilter;
  label: (key: string) => string;
  onOpen: (f: BoardCasesFilter) => void;
  testId: string;
}

/** One dimension of the board: a line per step, business type or office; every number drills down. */
export function BoardTable({ lines, ageBands, keyFilter, label, onOpen, testId }: Props) {
  const { t } = useTranslation();
  const num = (n: number, f: BoardCasesFilter, cellId: string) =>
    n === 0 ? (
      <span>0</span>
    ) : (
      <Link component="button" type="button" underline="hover" onClick={() => onOpen(f)} data-testid={cellId}>
        {n}
      </Link>
    );
  return (
    <Table size="small" data-testid={testId} sx={{ bgcolor: 'background.paper' }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('supervision.board.columns.name')}</TableCell>
          <TableCell align="right">{t('supervision.board.columns.open')}</TableCell>
          {SLA_COLUMNS.map((s) => (
            <TableCell key={s} align="right">{t(`supervision.sla.${s}`)}</TableCell>
          ))}
          {ageBands.map((b) => (
            <TableCell key={b} align="right">{t('supervision.board.columns.age', { band: b })}</TableCell>
          ))}
          <TableCell align="right">{t('supervision.board.columns.oldest')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.length === 0 && (
          <TableRow>
            <TableCell colSpan={8 + ageBands.length}>{t('supervision.board.empty')}</TableCell>
          </TableRow>
        )}
        {lines.map((l) => {
          const base = keyFilter(l.key);
          return (
            <TableRow key={l.key} hover>
              <TableCell>{label(l.key)}</TableCell>
              <TableCell align="right">{num(l.open, { ...base, sla: 'open' }, `${testId}-${l.key}-open`)}</TableCell>
              {SLA_COLUMNS.map((s) => (
                <TableCell key={s} align="right">{num(l[s], { ...base, sla: s }, `${testId}-${l.key}-${s}`)}</TableCell>
              ))}
              {l.ageBands.map((n, i) => (
                <TableCell key={i} align="right">{num(n, { ...base, ageBand: i }, `${testId}-${l.key}-age${i}`)}</TableCell>
              ))}
              <TableCell align="right">{l.oldestAgeWorkingDays === null ? '—' : t('supervision.workingDays', { count: l.oldestAgeWorkingDays })}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
