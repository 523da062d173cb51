import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ExportMenu } from '../../../ui/ExportMenu';
import { ReassignPanel } from '../components/ReassignPanel';
import { workloadTable } from '../exports/supervision-tables';
import { useOfficeNames } from '../hooks/use-office-names';
import { useWorkloadQuery } from '../supervision.queries';

type Row = RouterOutputs['supervision']['workload']['rows'][number];

/** Who holds what: per reviewer and approver, and moving work when someone is away. */
export function WorkloadPage() {
  const { t, i18n } = useTranslation();
  const workload = useWorkloadQuery();
  const officeName = useOfficeNames();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const rows = workload.data?.rows ?? [];
  const selected = rows.find((r) => r.staffId === selectedId) ?? null;

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      { field: 'name', headerName: t('supervision.workload.name'), width: 110 },
      { field: 'role', headerName: t('supervision.workload.role'), width: 100, valueGetter: (v: string) => t(`roles.${v}`) },
      { field: 'officeId', headerName: t('supervision.cases.office'), width: 150, valueGetter: (v: string) => officeName(v) },
      { field: 'claimed', headerName: t('supervision.workload.claimed'), type: 'number', width: 100 },
      { field: 'decidedToday', headerName: t('supervision.workload.decidedToday'), type: 'number', width: 110 },
      {
        field: 'avgHandlingMinutes',
        headerName: t('supervision.workload.avgHandling', { days: workload.data?.handlingWindowDays ?? 30 }),
        type: 'number',
        width: 230,
        valueFormatter: (v: number | null) => (v === null ? '—' : t('supervision.minutes', { count: v })),
      },
      { field: 'oldestClaimedAt', headerName: t('supervision.workload.oldestClaimed'), width: 160, valueFormatter: (v: string | null) => (v ? formatShanghaiDateTime(v, i18n.language) : '—') },
      {
        field: 'oldestClaimedAgeWorkingDays',
        headerName: t('supervision.workload.oldestAge'),
        flex: 1,
        minWidth: 120,
        valueFormatter: (v: number | null) => (v === null ? '—' : t('supervision.workingDays', { count: v })),
      },
    ],
    [t, i18n.language, officeName, workload.data?.handlingWindowDays],
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h1">{t('supervision.workload.title')}</Typography>
        <Box sx={{ flex: 1 }} />
        {workload.data && <ExportMenu build={() => workloadTable(workload.data, t, officeName)} disabled={rows.length === 0} testId="workload-export" />}
      </Box>
      <Typography color="text.secondary">{t('supervision.workload.hint')}</Typography>
      {workload.error && <ErrorNotice error={workload.error} onRetry={() => void workload.refetch()} />}
      {workload.isPending && !workload.error && <LinearProgress aria-label={t('app.loading')} />}
      <Box sx={{ height: 400 }}>
        <DataGrid
          rows={rows}
          columns={columns}
          getRowId={(r) => r.staffId}
          density="compact"
          hideFooter
          onRowClick={({ row }) => setSelectedId(row.staffId)}
          rowSelectionModel={{ type: 'include', ids: new Set(selectedId ? [selectedId] : []) }}
          localeText={i18n.language.startsWith('zh') ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined}
          aria-label={t('supervision.workload.title')}
          sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
        />
      </Box>
      {selected && <ReassignPanel key={selected.staffId} person={selected} colleagues={rows} />}
    </Box>
  );
}
