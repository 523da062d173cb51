import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ExportMenu } from '../../../ui/ExportMenu';
import { differencesTable } from '../exports/transfer-tables';
import { formatFen } from '../format-fen';
import { useReconciliationQuery } from '../transfers.queries';

/** The latest daily reconciliations, newest open, each with every difference found. */
export function ReconciliationPanel() {
  const { t, i18n } = useTranslation();
  const runs = useReconciliationQuery();
  if (runs.error) return <ErrorNotice error={runs.error} onRetry={() => void runs.refetch()} />;
  if (!runs.data) return <LinearProgress aria-label={t('app.loading')} />;
  if (runs.data.length === 0) return <Typography color="text.secondary" sx={{ p: 2 }}>{t('transfers.recon.none')}</Typography>;
  const money = (fen: number | null) => (fen === null ? '—' : formatFen(fen, i18n.language));
  return (
    <Box data-testid="reconciliation">
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <ExportMenu build={() => differencesTable(runs.data, t)} disabled={runs.data.every((r) => r.differences.length === 0)} testId="differences-export" />
      </Box>
      {runs.data.map((run, i) => (
        <Accordion key={run.runId} defaultExpanded={i === 0} disableGutters>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography sx={{ fontWeight: 600 }}>{run.statementDate}</Typography>
              <Typography variant="body2" color="text.secondary">
                {t('transfers.recon.counts', { bank: run.bankPayments, local: run.localTransfers })}
              </Typography>
              <Chip size="small" color={run.differences.length ? 'warning' : 'success'} label={run.differences.length ? t('transfers.recon.differences', { count: run.differences.length }) : t('transfers.recon.clean')} />
              {!run.finishedAt && <Chip size="small" label={t('transfers.recon.running')} />}
            </Box>
          </AccordionSummary>
          <AccordionDetails>
            {run.differences.length === 0 ? (
              <Typography variant="body2" color="text.secondary">{t('transfers.recon.cleanHint')}</Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('transfers.recon.kind')}</TableCell>
                    <TableCell>{t('transfers.col.application')}</TableCell>
                    <TableCell align="right">{t('transfers.recon.local')}</TableCell>
                    <TableCell align="right">{t('transfers.recon.bank')}</TableCell>
                    <TableCell>{t('transfers.recon.localStatus')}</TableCell>
                    <TableCell>{t('transfers.recon.bankStatus')}</TableCell>
                    <TableCell>{t('transfers.recon.resolved')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {run.differences.map((d) => (
                    <TableRow key={d.id}>
                      <TableCell>{t(`transfers.recon.kinds.${d.kind}`)}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{d.applicationId ?? '—'}</TableCell>
                      <TableCell align="right">{money(d.localAmountFen)}</TableCell>
                      <TableCell align="right">{money(d.bankAmountFen)}</TableCell>
                      <TableCell>{d.localStatus ?? '—'}</TableCell>
                      <TableCell>{d.bankStatus ?? '—'}</TableCell>
                      <TableCell>{d.resolvedAt ? t('transfers.recon.yes') : t('transfers.recon.open')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
}
