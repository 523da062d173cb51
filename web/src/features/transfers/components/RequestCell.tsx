import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import type { TransferRow } from './TransferTable';

interface Props {
  row: TransferRow;
  meId: string;
  busy: boolean;
  onRequest: (row: TransferRow, action: 'retry' | 'reverse') => void;
  onConfirm: (requestId: string) => void;
  onCancel: (requestId: string) => void;
}

/**
 * The two-person rule on one failed transfer: without a request, ask for a re-send or a reversal;
 * with one, its author can only wait or withdraw it, anyone else may confirm (which runs it).
 */
export function RequestCell({ row, meId, busy, onRequest, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const r = row.request;
  if (!r) {
    return (
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button size="small" variant="outlined" disabled={busy} onClick={() => onRequest(row, 'retry')} data-testid="request-retry">
          {t('transfers.requestRetry')}
        </Button>
        <Button size="small" variant="outlined" color="warning" disabled={busy} onClick={() => onRequest(row, 'reverse')} data-testid="request-reverse">
          {t('transfers.requestReverse')}
        </Button>
      </Box>
    );
  }
  const mine = r.requestedById === meId;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      <Typography variant="body2">
        {t(`transfers.requested.${r.action}`, { name: r.requestedBy, at: formatShanghaiDateTime(r.requestedAt, i18n.language) })}
        {r.reasonCodes.length > 0 && ` · ${r.reasonCodes.map((c) => t(`transfers.reason.${c}`, { defaultValue: c })).join('、')}`}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        {mine ? (
          <Typography variant="caption" color="text.secondary">{t('transfers.waitingForSecond')}</Typography>
        ) : (
          <Button size="small" variant="contained" disabled={busy} onClick={() => onConfirm(r.requestId)} data-testid="confirm-request">
            {t(`transfers.confirm.${r.action}`)}
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => onCancel(r.requestId)} data-testid="cancel-request">
          {t('transfers.cancel')}
        </Button>
      </Box>
    </Box>
  );
}
