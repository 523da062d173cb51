import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CenteredMessage } from './CenteredMessage';

/** The whole page while the app starts: the session check, or the code of the page asked for. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <CenteredMessage>
      <Typography color="text.secondary" sx={{ mb: 1 }}>{t('app.loading')}</Typography>
      <LinearProgress aria-label={t('app.loading')} />
    </CenteredMessage>
  );
}
