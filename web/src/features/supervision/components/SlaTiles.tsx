import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import type { BoardCasesFilter } from '../supervision.queries';

type Board = RouterOutputs['supervision']['board'];

interface Tile {
  readonly sla: NonNullable<BoardCasesFilter['sla']>;
  readonly count: number;
  readonly color: string;
  readonly note?: string;
}

/** The board's headline numbers; each opens the list of applications behind it. */
export function SlaTiles({ board, onOpen }: { board: Board; onOpen: (f: BoardCasesFilter) => void }) {
  const { t } = useTranslation();
  const tiles: Tile[] = [
    { sla: 'breached', count: board.totals.breached, color: 'error.main' },
    { sla: 'due_today', count: board.totals.due_today, color: 'warning.dark' },
    { sla: 'at_risk', count: board.totals.at_risk, color: 'warning.main' },
    { sla: 'on_track', count: board.totals.on_track, color: 'success.main' },
    { sla: 'forecast', count: board.forecast.unclaimed, color: 'error.dark', note: t('supervision.board.forecastNote', { total: board.forecast.total }) },
    { sla: 'paused', count: board.totals.paused, color: 'info.main', note: t('supervision.board.pausedNote') },
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(6, minmax(0, 1fr))', gap: 1.5 }}>
      {tiles.map((tile) => (
        <Paper key={tile.sla} variant="outlined" sx={{ borderTop: 4, borderTopColor: tile.color }}>
          <ButtonBase
            onClick={() => onOpen({ sla: tile.sla })}
            data-testid={`tile-${tile.sla}`}
            aria-label={t('supervision.board.openList', { what: t(`supervision.sla.${tile.sla}`), count: tile.count })}
            sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: '100%', height: '100%', p: 1.5, textAlign: 'left' }}
          >
            <Typography variant="body2" color="text.secondary">{t(`supervision.sla.${tile.sla}`)}</Typography>
            <Typography data-testid={`tile-${tile.sla}-count`} sx={{ fontSize: 32, fontWeight: 600, lineHeight: 1.2, color: tile.color }}>
              {tile.count}
            </Typography>
            {tile.note && <Typography variant="caption" color="text.secondary">{tile.note}</Typography>}
          </ButtonBase>
        </Paper>
      ))}
    </Box>
  );
}
