import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { StaffAccountsGrid } from '../components/StaffAccountsGrid';
import { useStaffAccounts, type StaffRow } from '../hooks/use-staff-accounts';
import { useUnlockStaff } from '../hooks/use-unlock-staff';

export function StaffAccountsPage() {
  const { t } = useTranslation();
  const { rows, lockedCount, loading, error, retry } = useStaffAccounts();
  const { unlock, pendingId, unlockedId, error: unlockError, dismiss } = useUnlockStaff();
  const onUnlock = useCallback((row: StaffRow) => unlock(row.id), [unlock]);
  const unlocked = unlockedId ? rows?.find((r) => r.id === unlockedId) : undefined;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 2 }}>
        <Typography variant="h1">{t('admin.staff.title')}</Typography>
        {rows && (
          <Typography color="text.secondary" data-testid="staff-summary">
            {t('admin.staff.summary', { count: rows.length, locked: lockedCount })}
          </Typography>
        )}
      </Box>
      {unlockError && (
        <Box sx={{ mb: 2 }}>
          <ErrorNotice error={unlockError} />
        </Box>
      )}
      {error && <ErrorNotice error={error} onRetry={retry} />}
      {loading && !error && <LinearProgress aria-label={t('app.loading')} />}
      {rows && (
        <Box sx={{ flex: 1, minHeight: 320 }}>
          <StaffAccountsGrid rows={rows} pendingId={pendingId} onUnlock={onUnlock} />
        </Box>
      )}
      <Snackbar open={Boolean(unlocked)} autoHideDuration={4000} onClose={() => dismiss()} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" role="status">
          {t('admin.staff.unlocked', { username: unlocked?.username ?? '' })}
        </Alert>
      </Snackbar>
    </Box>
  );
}
