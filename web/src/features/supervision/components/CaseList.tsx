import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../lib/trpc';
import { ExportMenu } from '../../../ui/ExportMenu';
import { casesTable } from '../exports/supervision-tables';
import { useOfficeNames } from '../hooks/use-office-names';
import { useBoardCasesQuery, type BoardCasesFilter } from '../supervision.queries';

type Item = RouterOutputs['supervision']['boardCases']['items'][number];
const SLA_COLOR = { breached: 'error', due_today: 'warning', at_risk: 'warning', on_track: 'success', paused: 'info' } as const;

/** The applications behind one board number, page after page; the export holds every one of them. */
export function CaseList({ filter, onClose }: { filter: BoardCasesFilter; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const officeName = useOfficeNames();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useBoardCasesQuery(filter, true);
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  // Widths (at 13 px) add up to what fits beside the navigation at 1440 px, so no column hides off
  // to the right and receipt and ID numbers show whole.
  const columns = useMemo<GridColDef<Item>[]>(
    () => [
      { field: 'receiptNo', headerName: t('supervision.cases.receiptNo'), width: 150 },
      { field: 'businessType', headerName: t('supervision.cases.businessType'), width: 125, valueGetter: (v: string) => t(`supervision.businessTypes.${v}`, { defaultValue: v }) },
      { field: 'step', headerName: t('supervision.cases.step'), width: 65, valueGetter: (v: string | null) => (v ? t(`supervision.steps.${v}`, { defaultValue: v }) : '') },
      { field: 'officeId', headerName: t('supervision.cases.office'), width: 105, valueGetter: (v: string) => officeName(v) },
      { field: 'applicantName', headerName: t('supervision.cases.applicant'), width: 70 },
      { field: 'applicantIdMasked', headerName: t('supervision.cases.idNumber'), width: 140 },
      { field: 'acceptedAt', headerName: t('supervision.cases.acceptedAt'), width: 128, valueFormatter: (v: string | null) => (v ? formatShanghaiDateTime(v, i18n.language) : '') },
      { field: 'ageWorkingDays', headerName: t('supervision.cases.age'), type: 'number', width: 92 },
      { field: 'dueOn', headerName: t('supervision.cases.dueOn'), width: 95 },
      {
        field: 'sla',
        headerName: t('supervision.cases.sla'),
        width: 90,
        renderCell: ({ row }) => <Chip size="small" variant="outlined" color={SLA_COLOR[row.sla]} label={t(`supervision.sla.${row.sla}`)} />,
      },
      { field: 'assignee', headerName: t('supervision.cases.assignee'), flex: 1, minWidth: 70, valueGetter: (v: Item['assignee']) => v?.name ?? t('supervision.cases.unclaimed') },
    ],
    [t, i18n.language, officeName],
  );

  // The server walks every keyset page of the filter; the screen shows only the pages loaded.
  const buildExport = async () =>
    casesTable(await queryClient.fetchQuery(trpc.supervision.boardCasesExport.queryOptions(filter, { staleTime: 0 })), filter, t, officeName);

  const chips = [
    filter.sla && t(`supervision.sla.${filter.sla}`),
    filter.step && t(`supervision.steps.${filter.step}`, { defaultValue: filter.step }),
    filter.businessType && t(`supervision.businessTypes.${filter.businessType}`, { defaultValue: filter.businessType }),
    filter.officeId && officeName(filter.officeId),
    filter.ageBand !== undefined && t('supervision.board.columns.age', { band: ['0-1', '2-3', '4-5', '6+'][filter.ageBand] }),
  ].filter((c): c is string => Boolean(c));

  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="case-list">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h2" sx={{ mr: 1 }}>{t('supervision.cases.title')}</Typography>
        {chips.map((c) => (
          <Chip key={c} label={c} size="small" />
        ))}
        <Box sx={{ flex: 1 }} />
        <Typography color="text.secondary" data-testid="case-count">{t('supervision.cases.shown', { count: rows.length })}</Typography>
        <ExportMenu build={buildExport} disabled={rows.length === 0} testId="cases-export" />
        <IconButton aria-label={t('supervision.cases.close')} onClick={onClose} size="small">
          <CloseIcon />
        </IconButton>
      </Box>
      {filter.sla === 'paused' && <Alert severity="info">{t('supervision.board.pausedNote')}</Alert>}
      {query.error && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
      <Box sx={{ height: 420 }}>
        <DataGrid
          rows={rows}
          columns={columns}
          getRowId={(r) => r.applicationId}
          loading={query.isFetching}
          density="compact"
          disableRowSelectionOnClick
          hideFooter
          localeText={i18n.language.startsWith('zh') ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined}
          aria-label={t('supervision.cases.title')}
          sx={{ fontSize: 13 }}
        />
      </Box>
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} sx={{ alignSelf: 'center' }}>
          {t('supervision.loadMore')}
        </Button>
      )}
    </Paper>
  );
}
