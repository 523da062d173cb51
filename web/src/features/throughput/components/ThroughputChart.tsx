import Box from '@mui/material/Box';
import { BarPlot, ChartsAxisHighlight, ChartsDataProvider, ChartsGrid, ChartsLegend, ChartsSurface, ChartsTooltip, ChartsXAxis, ChartsYAxis, LinePlot, MarkPlot } from '@mui/x-charts';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';

type Throughput = RouterOutputs['supervision']['throughput'];

/**
 * Bars per period (booked, accepted, decided, transferred), the accepted loans as a line and the
 * loan target as a line beside them; a period without working days (a weekend, a holiday) has no
 * target, so the line breaks there instead of dropping to zero. A view of one office has no target.
 */
export function ThroughputChart({ data }: { data: Throughput }) {
  const { t } = useTranslation();
  const labels = data.periods.map((p) => (data.by === 'week' ? t('throughput.weekOf', { date: p.period.slice(5) }) : p.period.slice(5)));
  const bar = (key: 'booked' | 'accepted' | 'decided' | 'transferred', color: string) => ({
    type: 'bar' as const,
    id: key,
    label: t(`throughput.measure.${key}`),
    data: data.periods.map((p) => p[key]),
    color,
  });
  return (
    <Box data-testid="throughput-chart" sx={{ width: '100%' }}>
      <ChartsDataProvider
        height={340}
        margin={{ left: 8, right: 16, top: 16, bottom: 8 }}
        xAxis={[{ id: 'period', scaleType: 'band', data: labels, height: 28 }]}
        yAxis={[{ id: 'count', width: 56 }]}
        series={[
          bar('booked', '#90caf9'),
          bar('accepted', '#1565c0'),
          bar('decided', '#2e7d32'),
          bar('transferred', '#f9a825'),
          { type: 'line', id: 'acceptedLoans', label: t('throughput.measure.acceptedLoans'), data: data.periods.map((p) => p.acceptedLoans), color: '#6a1b9a', curve: 'linear' },
          ...(data.dailyLoanTarget === null
            ? []
            : [{ type: 'line' as const, id: 'target', label: t('throughput.loanTarget', { count: data.dailyLoanTarget }), data: data.periods.map((p) => (p.target ? p.target : null)), color: '#c62828', showMark: false, curve: 'linear' as const }]),
        ]}
      >
        <ChartsLegend sx={{ mb: 1 }} />
        <ChartsSurface>
          <ChartsGrid horizontal />
          <BarPlot skipAnimation />
          <LinePlot skipAnimation />
          <MarkPlot skipAnimation />
          <ChartsXAxis axisId="period" />
          <ChartsYAxis axisId="count" />
          <ChartsAxisHighlight x="band" />
        </ChartsSurface>
        <ChartsTooltip />
      </ChartsDataProvider>
    </Box>
  );
}
