import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/hooks/use-session';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ExportMenu } from '../../../ui/ExportMenu';
import { ReconciliationPanel } from '../components/ReconciliationPanel';
import { RequestCell } from '../components/RequestCell';
import { ReverseDialog } from '../components/ReverseDialog';
import { TransferTable } from '../components/TransferTable';
import { transfersTable } from '../exports/transfer-tables';
import { useTransferActions, useTransferListsQuery } from '../transfers.queries';

const TABS = ['failed', 'returned', 'pending', 'reconciliation'] as const;
type TabKey = (typeof TABS)[number];

/** Rejected, returned and in-flight transfers, the daily reconciliation, and the two-person actions. */
export function TransfersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const lists = useTransferListsQuery();
  const { request, confirm, cancel } = useTransferActions();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'failed';
  const [reversing, setReversing] = useState<string | null>(null);
  const busy = request.isPending || confirm.isPending || cancel.isPending;
  const actionError = request.error ?? confirm.error ?? cancel.error;
  const count = (k: TabKey) => (k === 'reconciliation' || !lists.data ? '' : ` (${lists.data[k].length})`);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h1">{t('transfers.title')}</Typography>
        <Box sx={{ flex: 1 }} />
        {tab !== 'reconciliation' && lists.data && (
          <ExportMenu build={() => transfersTable(lists.data, tab, t)} disabled={lists.data[tab].length === 0} testId="transfers-export" />
        )}
      </Box>
      <Typography color="text.secondary">{t('transfers.hint')}</Typography>
      <Tabs value={tab} onChange={(_, v: TabKey) => setParams(v === 'failed' ? {} : { tab: v }, { replace: true })}>
        {TABS.map((k) => (
          <Tab key={k} value={k} label={`${t(`transfers.tabs.${k}`)}${count(k)}`} data-testid={`tab-${k}`} />
        ))}
      </Tabs>
      {actionError && <ErrorNotice error={actionError} />}
      {confirm.isSuccess && <Alert severity="success" role="status">{t('transfers.confirmed', { status: t(`transfers.status.${confirm.data.transferStatus}`) })}</Alert>}
      {request.isSuccess && !confirm.isSuccess && <Alert severity="info" role="status">{t('transfers.requestedNotice')}</Alert>}
      {tab === 'reconciliation' ? (
        <ReconciliationPanel />
      ) : lists.error ? (
        <ErrorNotice error={lists.error} onRetry={() => void lists.refetch()} />
      ) : !lists.data ? (
        <LinearProgress aria-label={t('app.loading')} />
      ) : (
        <Paper variant="outlined" sx={{ overflow: 'auto' }}>
          <TransferTable
            testId={tab}
            rows={lists.data[tab]}
            action={
              tab === 'failed'
                ? (row) => (
                    <RequestCell
                      row={row}
                      meId={me.id}
                      busy={busy}
                      onRequest={(r, action) => (action === 'retry' ? request.mutate({ applicationId: r.applicationId, action, reasonCodes: [] }) : setReversing(r.applicationId))}
                      onConfirm={(requestId) => confirm.mutate({ requestId })}
                      onCancel={(requestId) => cancel.mutate({ requestId })}
                    />
                  )
                : undefined
            }
          />
        </Paper>
      )}
      <ReverseDialog
        applicationId={reversing}
        onClose={() => setReversing(null)}
        onSubmit={(reasonCodes) => {
          if (reversing) request.mutate({ applicationId: reversing, action: 'reverse', reasonCodes }, { onSettled: () => setReversing(null) });
        }}
      />
    </Box>
  );
}
