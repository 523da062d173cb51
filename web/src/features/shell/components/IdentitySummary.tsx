import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../hooks/use-identity';

/** Name and role on one line, office (and a clerk's bank window) on the next. */
export function IdentitySummary() {
  const { t } = useTranslation();
  const identity = useIdentity();
  const place = [identity.officeName, identity.windowLabel].filter(Boolean).join(' · ');
  return (
    <Box role="group" aria-label={t('shell.identityLabel')} data-testid="identity" sx={{ minWidth: 0, maxWidth: 560, textAlign: 'right' }}>
      <Typography component="div" noWrap sx={{ fontWeight: 600, lineHeight: 1.3 }}>
        <span data-testid="identity-name">{identity.displayName}</span>
        <Box component="span" data-testid="identity-role" sx={{ ml: 1, px: 0.75, py: 0.125, borderRadius: 0.75, bgcolor: 'rgba(255,255,255,0.18)', fontSize: 12, fontWeight: 500 }}>
          {identity.roleLabel}
        </Box>
      </Typography>
      <Typography component="div" variant="body2" noWrap title={place} data-testid="identity-place" sx={{ opacity: 0.85, lineHeight: 1.3 }}>
        {place}
      </Typography>
    </Box>
  );
}
