import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { fillShare, type Cell, type SlotGrid } from '../utilisation-grid';

/** Slots down, days across: booked / places in each cell, shaded by how full it is, no-shows in red. */
export function SlotHeatmap({ grid, days }: { grid: SlotGrid; days: readonly string[] }) {
  const { t, i18n } = useTranslation();
  // A calendar date's weekday (周一 / Mon), read in UTC so no clock zone can shift the day.
  const weekday = (d: string) => new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const cell = (c: Cell, title: string, key: string, strong = false) => (
    <Box
      key={key}
      role="cell"
      title={title}
      sx={(theme) => ({
        px: 0.75,
        py: 0.25,
        textAlign: 'center',
        fontVariantNumeric: 'tabular-nums',
        fontWeight: strong ? 600 : 400,
        bgcolor: alpha(theme.palette.primary.main, 0.06 + fillShare(c) * 0.6),
        color: fillShare(c) > 0.6 ? 'primary.contrastText' : 'text.primary',
        whiteSpace: 'nowrap',
      })}
    >
      {c.booked}/{c.capacity}
      {c.noShows > 0 && (
        <Box component="span" sx={{ ml: 0.5, color: fillShare(c) > 0.6 ? '#ffcdd2' : 'error.main', fontWeight: 600 }}>
          ✕{c.noShows}
        </Box>
      )}
    </Box>
  );
  const title = (c: Cell, slot: string, date: string) => t('utilisation.cellTitle', { slot, date, booked: c.booked, capacity: c.capacity, came: c.checkedIn, noShows: c.noShows });
  const header = (text: string, key: string, sub?: string) => (
    <Box key={key} role="columnheader" sx={{ px: 0.75, py: 0.5, textAlign: 'center', fontWeight: 600, fontSize: 13, lineHeight: 1.2 }}>
      {text}
      {sub && (
        <Typography component="div" variant="caption" color="text.secondary">
          {sub}
        </Typography>
      )}
    </Box>
  );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Box
        role="table"
        aria-label={t('utilisation.bySlot')}
        data-testid="utilisation-heatmap"
        sx={{ display: 'grid', gridTemplateColumns: `64px repeat(${days.length}, minmax(64px, 1fr)) minmax(72px, 1fr)`, gap: '2px', fontSize: 13, minWidth: 64 + 66 * (days.length + 1) }}
      >
        <Box role="row" sx={{ display: 'contents' }}>
          {header(t('utilisation.slot'), 'slot')}
          {days.map((d) => header(d.slice(5), d, weekday(d)))}
          {header(t('utilisation.total'), 'total')}
        </Box>
        {grid.slots.map((slot, r) => (
          <Box role="row" key={slot} sx={{ display: 'contents' }}>
            <Box role="rowheader" sx={{ px: 0.75, py: 0.25, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{slot}</Box>
            {grid.cells[r]!.map((c, i) => cell(c, title(c, slot, days[i]!), days[i]!))}
            {cell(grid.slotTotals[r]!, title(grid.slotTotals[r]!, slot, t('utilisation.total')), 'total', true)}
          </Box>
        ))}
        <Box role="row" sx={{ display: 'contents' }}>
          <Box role="rowheader" sx={{ px: 0.75, py: 0.25, fontWeight: 600 }}>{t('utilisation.total')}</Box>
          {grid.dayTotals.map((c, i) => cell(c, title(c, t('utilisation.total'), days[i]!), days[i]!, true))}
          {cell(grid.total, title(grid.total, t('utilisation.total'), t('utilisation.total')), 'total', true)}
        </Box>
      </Box>
    </Box>
  );
}
