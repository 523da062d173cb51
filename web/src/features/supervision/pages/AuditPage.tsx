import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { useTRPC } from '../../../lib/trpc';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ExportMenu } from '../../../ui/ExportMenu';
import { AuditFilters } from '../components/AuditFilters';
import { auditTable } from '../exports/supervision-tables';
import { useAuditQuery, useAuditVerify, type AuditFilter } from '../supervision.queries';

type Event = RouterOutputs['supervision']['audit']['items'][number];

/** Who did what: search the hash-chained audit log, prove it unbroken, export what was found. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<AuditFilter>({});
  const audit = useAuditQuery(filter);
  const verify = useAuditVerify();
  const rows = useMemo(() => audit.data?.pages.flatMap((p) => p.items) ?? [], [audit.data]);

  const columns = useMemo<GridColDef<Event>[]>(
    () => [
      { field: 'seq', headerName: t('supervision.audit.columns.seq'), type: 'number', width: 80 },
      { field: 'at', headerName: t('supervision.audit.columns.at'), width: 145, valueFormatter: (v: string) => formatShanghaiDateTime(v, i18n.language) },
      { field: 'actorId', headerName: t('supervision.audit.columns.actor'), width: 170, valueGetter: (_v, r) => `${t(`supervision.audit.actorKinds.${r.actorKind}`)} ${r.actorId ?? ''}` },
      { field: 'action', headerName: t('supervision.audit.columns.action'), width: 190 },
      { field: 'subjectId', headerName: t('supervision.audit.columns.subject'), width: 330, valueGetter: (_v, r) => (r.subjectType ? `${r.subjectType}: ${r.subjectId ?? ''}` : '') },
      { field: 'data', headerName: t('supervision.audit.columns.data'), flex: 1, minWidth: 200, valueGetter: (v: Event['data']) => JSON.stringify(v) },
    ],
    [t, i18n.language],
  );

  const buildExport = async () => auditTable(await queryClient.fetchQuery(trpc.supervision.auditExport.queryOptions(filter, { staleTime: 0 })), t);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h1">{t('supervision.audit.title')}</Typography>
        <Box sx={{ flex: 1 }} />
        <Button startIcon={<VerifiedIcon />} variant="outlined" loading={verify.isFetching} onClick={() => void verify.refetch()} data-testid="audit-verify">
          {t('supervision.audit.verify')}
        </Button>
        <ExportMenu build={buildExport} testId="audit-export" />
      </Box>
      {verify.data && (
        <Alert severity={verify.data.ok ? 'success' : 'error'} data-testid="audit-verdict">
          {verify.data.ok
            ? t('supervision.audit.chainOk', { rows: verify.data.rows, hash: verify.data.lastHash.slice(0, 16) })
            : t('supervision.audit.chainBroken', { rows: verify.data.rows, seq: verify.data.brokenAtSeq, reason: t(`supervision.audit.reasons.${verify.data.reason}`) })}
        </Alert>
      )}
      {verify.error && <ErrorNotice error={verify.error} />}
      <AuditFilters onSearch={setFilter} />
      {audit.error && <ErrorNotice error={audit.error} onRetry={() => void audit.refetch()} />}
      <Box sx={{ height: 520 }}>
        <DataGrid
          rows={rows}
          columns={columns}
          getRowId={(r) => r.seq}
          loading={audit.isFetching}
          density="compact"
          disableRowSelectionOnClick
          hideFooter
          localeText={i18n.language.startsWith('zh') ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined}
          aria-label={t('supervision.audit.title')}
          sx={{ bgcolor: 'background.paper' }}
        />
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'center', gap: 2, alignItems: 'center' }}>
        <Typography color="text.secondary" data-testid="audit-count">{t('supervision.cases.shown', { count: rows.length })}</Typography>
        {audit.hasNextPage && (
          <Button onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>{t('supervision.loadMore')}</Button>
        )}
      </Box>
    </Box>
  );
}
