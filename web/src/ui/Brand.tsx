import HomeWorkIcon from '@mui/icons-material/HomeWork';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** The product's name and what it is, as on the top bar and the sign-in card. */
export function Brand({ tone = 'default' }: { tone?: 'default' | 'inverse' }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, flexShrink: 0 }}>
      <HomeWorkIcon sx={{ fontSize: 32, color: tone === 'inverse' ? 'inherit' : 'primary.main' }} aria-hidden />
      <Box>
        <Typography component="div" sx={{ fontWeight: 700, fontSize: 17, lineHeight: 1.2, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography>
        <Typography component="div" variant="caption" sx={{ opacity: tone === 'inverse' ? 0.85 : 0.7, lineHeight: 1.2, whiteSpace: 'nowrap' }}>
          {t('app.tagline')}
        </Typography>
      </Box>
    </Box>
  );
}
