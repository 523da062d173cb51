import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appCodeOf, appErrorMessage } from '../../../lib/app-error';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { useTRPC } from '../../../lib/trpc';
import { PublicPage } from '../../../ui/PublicPage';
import { readMobileFilter } from '../dev-inbox-filter';

const REFRESH_MS = 3_000;
const LIMIT = 100;

/**
 * The developer inbox (demo and development only, DEV_INBOX=true): what the simulated SMS and
 * WeChat gateways "sent", newest first — the sign-in codes of the online hall and the notices of
 * acceptance, return, approval and payment. With the flag off the API answers NOT_FOUND and the
 * page says the inbox is off.
 */
export function DevInboxPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [mobileText, setMobileText] = useState('');
  const [live, setLive] = useState(true);
  const filter = readMobileFilter(mobileText);
  const mobile = filter.ok ? filter.mobile : undefined;
  const inbox = useQuery(
    trpc.notifications.inbox.queryOptions(mobile ? { mobile, limit: LIMIT } : { limit: LIMIT }, {
      enabled: filter.ok,
      refetchInterval: (query) => (live && !query.state.error ? REFRESH_MS : false),
      retry: false,
      placeholderData: (previous) => previous,
    }),
  );
  const off = appCodeOf(inbox.error) === 'common.not_found';

  return (
    <PublicPage maxWidth={1280}>
      <Typography variant="h1">{t('devInbox.title')}</Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>{t('devInbox.intro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
        <TextField
          size="small"
          label={t('devInbox.mobile')}
          value={mobileText}
          onChange={(e) => setMobileText(e.target.value)}
          error={!filter.ok}
          helperText={filter.ok ? t('devInbox.mobileHint') : t(filter.error)}
          sx={{ width: 260 }}
          slotProps={{ htmlInput: { inputMode: 'tel', maxLength: 20 } }}
        />
        <FormControlLabel control={<Switch checked={live} onChange={(e) => setLive(e.target.checked)} />} label={t('devInbox.live', { seconds: REFRESH_MS / 1000 })} sx={{ mt: 0.5 }} />
        <Typography color="text.secondary" sx={{ mt: 1, ml: 'auto' }} aria-live="polite">
          {inbox.data ? t('devInbox.count', { count: inbox.data.length, limit: LIMIT }) : ''}
        </Typography>
      </Box>
      {off && <Alert severity="info" data-testid="dev-inbox-off">{t('devInbox.off')}</Alert>}
      {inbox.isError && !off && <Alert severity="error" role="alert">{appErrorMessage(inbox.error, t, i18n.language)}</Alert>}
      {inbox.data && (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('devInbox.title')} data-testid="dev-inbox-table">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('devInbox.columns.sentAt')}</TableCell>
                <TableCell sx={{ width: 80 }}>{t('devInbox.columns.channel')}</TableCell>
                <TableCell sx={{ width: 120 }}>{t('devInbox.columns.to')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('devInbox.columns.template')}</TableCell>
                <TableCell>{t('devInbox.columns.text')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {inbox.data.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>{t(mobile ? 'devInbox.emptyFor' : 'devInbox.empty', { mobile })}</TableCell>
                </TableRow>
              )}
              {inbox.data.map((m) => (
                <TableRow key={m.id} data-testid="dev-inbox-message" hover sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{formatShanghaiDateTime(m.sentAt, i18n.language)}</TableCell>
                  <TableCell>
                    <Chip size="small" variant="outlined" color={m.channel === 'wechat' ? 'success' : 'primary'} label={t(`devInbox.channel.${m.channel}`)} />
                  </TableCell>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{m.to}</TableCell>
                  <TableCell>{t(`devInbox.template.${m.template}`, { defaultValue: m.template })}</TableCell>
                  {/* The message as the applicant's phone shows it: always Chinese. */}
                  <TableCell lang="zh-CN" sx={{ wordBreak: 'break-word' }}>{m.textZh}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </PublicPage>
  );
}
