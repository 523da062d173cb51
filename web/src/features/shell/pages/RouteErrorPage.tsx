import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CenteredMessage } from '../../../ui/CenteredMessage';

/** A page that crashed while rendering: say so plainly and offer a reload (no stack traces). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <CenteredMessage>
      <Typography variant="h1" sx={{ mb: 2 }}>{t('routeError.title')}</Typography>
      <Button variant="contained" onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </CenteredMessage>
  );
}
