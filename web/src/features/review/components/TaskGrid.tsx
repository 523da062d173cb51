import Chip from '@mui/material/Chip';
import { DataGrid, useGridApiRef, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { useColumnChoice, useScrollPlace } from '../hooks/use-grid-place';
import { businessTypeName, compactDateTime, formatYuan, SLA_COLOR } from '../review-format';
import { PAGE_SIZES, type SortDir, type SortField } from '../task-filters';

export type TaskRow = RouterOutputs['review']['tasks']['items'][number];

const SORT_FIELD_OF_COLUMN: Record<string, SortField> = { dueOn: 'due', acceptedAt: 'accepted_at', amountFen: 'amount' };
const COLUMN_OF_SORT_FIELD: Record<SortField, string> = { due: 'dueOn', accepted_at: 'acceptedAt', amount: 'amountFen' };

interface Props {
  rows: TaskRow[];
  loading: boolean;
  page: number;
  pageSize: number;
  hasNextPage: boolean;
  sort: { field: SortField; dir: SortDir };
  /** Identifies the page for scroll restoration (the URL's search). */
  placeKey: string;
  onPage: (direction: 'next' | 'previous' | 'first', pageSize: number) => void;
  onSort: (sort: { field: SortField; dir: SortDir }) => void;
  onOpen: (row: TaskRow) => void;
}

/** The task list: server-side sort and keyset paging (the total is unknown, so "next" asks the server). */
export function TaskGrid({ rows, loading, page, pageSize, hasNextPage, sort, placeKey, onPage, onSort, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const apiRef = useGridApiRef();
  const columnChoice = useColumnChoice();
  useScrollPlace(apiRef, placeKey, rows.length > 0);

  const columns = useMemo<GridColDef<TaskRow>[]>(
    () => [
      { field: 'receiptNo', headerName: t('review.columns.receiptNo'), width: 155, sortable: false },
      { field: 'businessType', headerName: t('review.columns.businessType'), flex: 1, minWidth: 150, sortable: false, valueGetter: (_v, row) => businessTypeName(row.businessType, language) },
      { field: 'step', headerName: t('review.columns.step'), width: 100, sortable: false, valueGetter: (_v, row) => t(`review.steps.${row.step}`) },
      { field: 'applicantName', headerName: t('review.columns.applicant'), width: 100, sortable: false },
      { field: 'applicantIdMasked', headerName: t('review.columns.idNumber'), width: 165, sortable: false },
      { field: 'amountFen', headerName: t('review.columns.amount'), width: 115, type: 'number', valueFormatter: (v: number | null) => (v === null ? '' : formatYuan(v, language)) },
      { field: 'acceptedAt', headerName: t('review.columns.acceptedAt'), width: 145, valueFormatter: (v: string | null) => (v ? compactDateTime(v) : '') },
      { field: 'dueOn', headerName: t('review.columns.dueOn'), width: 110 },
      {
        field: 'sla',
        headerName: t('review.columns.sla'),
        width: 170,
        sortable: false,
        renderCell: ({ row }) => (
          <Chip size="small" variant="outlined" color={SLA_COLOR[row.sla.status]} label={t(`review.sla.${row.sla.status}`) + (row.sla.status === 'breached' ? '' : ` · ${t('review.workingDaysLeft', { days: row.sla.workingDaysLeft })}`)} />
        ),
      },
      { field: 'assignee', headerName: t('review.columns.assignee'), width: 110, sortable: false, valueGetter: (_v, row) => row.assignee?.name ?? t('review.unassigned') },
      { field: 'channel', headerName: t('review.columns.channel'), width: 80, sortable: false, valueGetter: (_v, row) => t(`review.channel.${row.channel}`) },
    ],
    [t, language],
  );

  const sortModel: GridSortModel = [{ field: COLUMN_OF_SORT_FIELD[sort.field], sort: sort.dir }];
  const onSortModelChange = (model: GridSortModel) => {
    const first = model[0];
    const field = first ? SORT_FIELD_OF_COLUMN[first.field] : undefined;
    // Clearing the sort returns to the default order (most urgent first), never to "unsorted".
    onSort(field && first?.sort ? { field, dir: first.sort } : { field: 'due', dir: 'asc' });
  };
  const onPaginationModelChange = (model: GridPaginationModel) => {
    if (model.pageSize !== pageSize) onPage('first', model.pageSize);
    else if (model.page > page) onPage('next', pageSize);
    else if (model.page < page) onPage(model.page === 0 ? 'first' : 'previous', pageSize);
  };

  return (
    <DataGrid
      apiRef={apiRef}
      rows={rows}
      getRowId={(r) => r.taskId}
      columns={columns}
      loading={loading}
      density="compact"
      disableRowSelectionOnClick
      disableColumnFilter
      hideFooterSelectedRowCount
      showToolbar
      // The quick filter and export would work on this page only; the filters above ask the server.
      slotProps={{ toolbar: { showQuickFilter: false, csvOptions: { disableToolbarButton: true }, printOptions: { disableToolbarButton: true } } }}
      sortingMode="server"
      sortModel={sortModel}
      onSortModelChange={onSortModelChange}
      paginationMode="server"
      // Keyset paging knows the total only on the last page; before it, "more than" is the truth.
      rowCount={hasNextPage ? -1 : page * pageSize + rows.length}
      paginationMeta={{ hasNextPage }}
      paginationModel={{ page, pageSize }}
      onPaginationModelChange={onPaginationModelChange}
      pageSizeOptions={[...PAGE_SIZES]}
      {...columnChoice}
      onRowClick={({ row }) => onOpen(row)}
      localeText={language.startsWith('zh') ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined}
      aria-label={t('review.list.label')}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
    />
  );
}
