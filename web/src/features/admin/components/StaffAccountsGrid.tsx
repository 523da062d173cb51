import LockOpenIcon from '@mui/icons-material/LockOpen';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRow } from '../hooks/use-staff-accounts';

interface Props {
  rows: StaffRow[];
  pendingId: string | null;
  onUnlock: (row: StaffRow) => void;
}

const STATUS_COLOR = { active: 'success', locked: 'warning', disabled: 'default' } as const;

export function StaffAccountsGrid({ rows, pendingId, onUnlock }: Props) {
  const { t, i18n } = useTranslation();
  const columns = useMemo<GridColDef<StaffRow>[]>(
    () => [
      { field: 'username', headerName: t('admin.staff.columns.username'), width: 130 },
      { field: 'displayName', headerName: t('admin.staff.columns.displayName'), width: 100 },
      { field: 'role', headerName: t('admin.staff.columns.role'), width: 130 },
      { field: 'office', headerName: t('admin.staff.columns.office'), width: 150 },
      { field: 'window', headerName: t('admin.staff.columns.window'), flex: 1, minWidth: 200 },
      {
        field: 'statusLabel',
        headerName: t('admin.staff.columns.status'),
        width: 220,
        renderCell: ({ row }) => <Chip size="small" variant="outlined" color={STATUS_COLOR[row.status]} label={row.statusLabel} />,
      },
      { field: 'failedLogins', headerName: t('admin.staff.columns.failedLogins'), type: 'number', width: 130 },
      {
        field: 'actions',
        headerName: t('admin.staff.columns.actions'),
        width: 110,
        sortable: false,
        filterable: false,
        renderCell: ({ row }) =>
          row.status === 'locked' ? (
            <Button
              size="small"
              variant="outlined"
              startIcon={<LockOpenIcon />}
              loading={pendingId === row.id}
              loadingPosition="start"
              disabled={pendingId !== null && pendingId !== row.id}
              aria-label={t('admin.staff.unlockLabel', { username: row.username })}
              onClick={() => onUnlock(row)}
            >
              {t('admin.staff.unlock')}
            </Button>
          ) : null,
      },
    ],
    // The headers follow the language; `t` changes identity when it does.
    [t, pendingId, onUnlock],
  );
  return (
    <DataGrid
      rows={rows}
      columns={columns}
      density="compact"
      disableRowSelectionOnClick
      hideFooterSelectedRowCount
      pageSizeOptions={[25, 50, 100]}
      initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
      localeText={i18n.language.startsWith('zh') ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined}
      aria-label={t('admin.staff.title')}
      sx={{ bgcolor: 'background.paper' }}
    />
  );
}
