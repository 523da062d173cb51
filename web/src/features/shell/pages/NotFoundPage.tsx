import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="h1" sx={{ mb: 1 }}>{t('routeError.notFound')}</Typography>
      <Button component={Link} to="/" variant="contained">{t('routeError.home')}</Button>
    </>
  );
}
