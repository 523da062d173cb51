import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ExportMenu } from '../../../ui/ExportMenu';
import { PlaceTable } from '../components/PlaceTable';
import { ThroughputChart } from '../components/ThroughputChart';
import { ThroughputFilters } from '../components/ThroughputFilters';
import { ThroughputKpis } from '../components/ThroughputKpis';
import { periodsTable, placesTable } from '../exports/throughput-tables';
import { usePlaceNames } from '../hooks/use-place-names';
import { useThroughputFilter } from '../hooks/use-throughput-filter';
import { useThroughputQuery } from '../throughput.queries';

/** Whether the center keeps up: work per day or week against the loan target, on time, and how long it takes. */
export function ThroughputPage() {
  const { t } = useTranslation();
  const { filter, update } = useThroughputFilter();
  const q = useThroughputQuery(filter);
  const names = usePlaceNames();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="h1">{t('throughput.title')}</Typography>
      <ThroughputFilters filter={filter} onChange={update} />
      {q.error && <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />}
      {q.isFetching && <LinearProgress aria-label={t('app.loading')} />}
      {q.data && (
        <>
          <ThroughputKpis data={q.data} />
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
              <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>{t('throughput.targetHint')}</Typography>
              <ExportMenu build={() => periodsTable(q.data, filter.officeId, t)} testId="throughput-periods-export" />
            </Box>
            <ThroughputChart data={q.data} />
          </Paper>
          <Paper variant="outlined">
            <Box sx={{ display: 'flex', alignItems: 'center', px: 2, pt: 1.5 }}>
              <Typography variant="h2" sx={{ flex: 1 }}>{t('throughput.byPlace')}</Typography>
              <ExportMenu build={() => placesTable(q.data, filter.officeId, t, names)} disabled={q.data.byOffice.length === 0} testId="throughput-places-export" />
            </Box>
            <PlaceTable data={q.data} names={names} />
          </Paper>
        </>
      )}
    </Box>
  );
}
