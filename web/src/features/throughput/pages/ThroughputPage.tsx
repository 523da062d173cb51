import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { OfficeTable } from '../components/OfficeTable';
import { ThroughputChart } from '../components/ThroughputChart';
import { ThroughputFilters } from '../components/ThroughputFilters';
import { ThroughputKpis } from '../components/ThroughputKpis';
import { useThroughputFilter } from '../hooks/use-throughput-filter';
import { useThroughputQuery } from '../throughput.queries';

/** Whether the center keeps up: work per day or week against the target, on time, and how long it takes. */
export function ThroughputPage() {
  const { t } = useTranslation();
  const { filter, update } = useThroughputFilter();
  const q = useThroughputQuery(filter);
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
            <ThroughputChart data={q.data} />
          </Paper>
          <Paper variant="outlined">
            <OfficeTable rows={q.data.byOffice} />
          </Paper>
        </>
      )}
    </Box>
  );
}
