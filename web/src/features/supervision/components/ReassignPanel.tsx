import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useClaimedTasksQuery, useReassignMutation } from '../supervision.queries';

type Person = RouterOutputs['supervision']['workload']['rows'][number];
type Task = RouterOutputs['supervision']['claimedTasks'][number];
const QUEUE = '__queue__';
const emptySelection = (): GridRowSelectionModel => ({ type: 'include', ids: new Set() });

/** One person's claimed tasks; move some or all to a colleague of the same role or back to the queue. */
export function ReassignPanel({ person, colleagues }: { person: Person; colleagues: Person[] }) {
  const { t, i18n } = useTranslation();
  const tasks = useClaimedTasksQuery(person.staffId);
  const reassign = useReassignMutation();
  const [selection, setSelection] = useState<GridRowSelectionModel>(emptySelection);
  const [target, setTarget] = useState<string>(QUEUE);
  const selected = [...selection.ids].map(String);
  const candidates = colleagues.filter((c) => c.role === person.role && c.staffId !== person.staffId);

  const columns = useMemo<GridColDef<Task>[]>(
    () => [
      { field: 'receiptNo', headerName: t('supervision.cases.receiptNo'), width: 190 },
      { field: 'applicantName', headerName: t('supervision.cases.applicant'), width: 90 },
      { field: 'businessType', headerName: t('supervision.cases.businessType'), width: 150, valueGetter: (v: string) => t(`supervision.businessTypes.${v}`, { defaultValue: v }) },
      { field: 'step', headerName: t('supervision.cases.step'), width: 90, valueGetter: (v: string) => t(`supervision.steps.${v}`, { defaultValue: v }) },
      { field: 'claimedAt', headerName: t('supervision.workload.claimedAt'), width: 145, valueFormatter: (v: string | null) => (v ? formatShanghaiDateTime(v, i18n.language) : '') },
      { field: 'dueOn', headerName: t('supervision.cases.dueOn'), width: 105 },
      { field: 'sla', headerName: t('supervision.cases.sla'), flex: 1, minWidth: 90, valueGetter: (v: string) => t(`supervision.sla.${v}`) },
    ],
    [t, i18n.language],
  );

  const submit = () =>
    reassign.mutate(
      { taskIds: selected, toStaffId: target === QUEUE ? null : target },
      { onSuccess: () => setSelection(emptySelection()) },
    );

  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="reassign-panel">
      <Typography variant="h2">{t('supervision.workload.tasksOf', { name: person.name })}</Typography>
      {tasks.error && <ErrorNotice error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {reassign.error && <ErrorNotice error={reassign.error} />}
      {reassign.isSuccess && (
        <Alert severity="success" role="status" onClose={() => reassign.reset()}>
          {t('supervision.workload.moved', { count: reassign.data.moved.length })}
        </Alert>
      )}
      <Box sx={{ height: 300 }}>
        <DataGrid
          rows={tasks.data ?? []}
          columns={columns}
          getRowId={(r) => r.taskId}
          loading={tasks.isFetching}
          checkboxSelection
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          density="compact"
          hideFooter
          localeText={i18n.language.startsWith('zh') ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined}
          aria-label={t('supervision.workload.tasksOf', { name: person.name })}
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('supervision.workload.moveTo')}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          sx={{ minWidth: 240 }}
          slotProps={{ htmlInput: { 'data-testid': 'reassign-target' } }}
        >
          <MenuItem value={QUEUE}>{t('supervision.workload.backToQueue')}</MenuItem>
          {candidates.map((c) => (
            <MenuItem key={c.staffId} value={c.staffId}>
              {t('supervision.workload.candidate', { name: c.name, claimed: c.claimed })}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="contained" disabled={selected.length === 0} loading={reassign.isPending} onClick={submit} data-testid="reassign-submit">
          {t('supervision.workload.reassign', { count: selected.length })}
        </Button>
        <Typography variant="body2" color="text.secondary">{t('supervision.workload.fourEyes')}</Typography>
      </Box>
    </Paper>
  );
}
