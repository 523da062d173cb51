import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';

type Throughput = RouterOutputs['supervision']['throughput'];

/** The headline figures of the range: accepted loans against the loan target, on time, and how long it takes. */
export function ThroughputKpis({ data }: { data: Throughput }) {
  const { t, i18n } = useTranslation();
  const target = data.target;
  const pct = (share: number | null) => (share === null ? '—' : share.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 1 }));
  const days = (s: Throughput['acceptanceToDecision']) =>
    s.average === null ? '—' : t('throughput.kpi.avgP90', { avg: s.average.toLocaleString(i18n.language, { maximumFractionDigits: 2 }), p90: s.p90 });
  const tiles = [
    {
      id: 'accepted',
      label: t('throughput.kpi.acceptedLoans'),
      value: data.totals.acceptedLoans.toLocaleString(i18n.language),
      note: `${
        data.dailyLoanTarget === null
          ? t('throughput.kpi.officeNoTarget')
          : target === null
            ? t('throughput.kpi.noTarget')
            : t('throughput.kpi.ofTarget', { target: target.toLocaleString(i18n.language), share: pct(target ? data.totals.acceptedLoans / target : null) })
      } · ${t('throughput.kpi.ofAccepted', { count: data.totals.accepted })}`,
    },
    { id: 'sla', label: t('throughput.kpi.withinSla'), value: pct(data.decidedWithinSla.share), note: t('throughput.kpi.ofDecided', { within: data.decidedWithinSla.withinSla, decided: data.decidedWithinSla.decided }) },
    { id: 'decision', label: t('throughput.kpi.toDecision'), value: days(data.acceptanceToDecision), note: t('throughput.kpi.cases', { count: data.acceptanceToDecision.count }) },
    { id: 'transfer', label: t('throughput.kpi.toTransfer'), value: days(data.acceptanceToTransfer), note: t('throughput.kpi.cases', { count: data.acceptanceToTransfer.count }) },
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 1.5 }}>
      {tiles.map((tile) => (
        <Paper key={tile.id} variant="outlined" sx={{ p: 1.5 }} data-testid={`kpi-${tile.id}`}>
          <Typography variant="body2" color="text.secondary">{tile.label}</Typography>
          <Typography sx={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3 }}>{tile.value}</Typography>
          <Typography variant="caption" color="text.secondary">{tile.note}</Typography>
        </Paper>
      ))}
    </Box>
  );
}
