import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSignOut } from '../../auth/hooks/use-sign-out';

export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut, pending, error, dismissError } = useSignOut();
  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<LogoutIcon />}
        loading={pending}
        loadingPosition="start"
        onClick={signOut}
        sx={{ borderColor: 'rgba(255,255,255,0.5)', whiteSpace: 'nowrap', flexShrink: 0 }}
      >
        {pending ? t('shell.signingOut') : t('shell.signOut')}
      </Button>
      <Snackbar open={Boolean(error)} onClose={() => dismissError()} anchorOrigin={{ vertical: 'top', horizontal: 'right' }}>
        <div>{error && <ErrorNotice error={error} />}</div>
      </Snackbar>
    </>
  );
}
