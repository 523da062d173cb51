import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { appErrorMessage } from '../lib/app-error';

/** An API error in the current language, with a retry when the caller can offer one. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      severity="error"
      role="alert"
      action={onRetry ? <Button color="inherit" onClick={onRetry}>{t('routeError.reload')}</Button> : undefined}
    >
      {appErrorMessage(error, t, i18n.language)}
    </Alert>
  );
}
