import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../hooks/use-identity';
import { useShanghaiToday } from '../hooks/use-shanghai-today';

/**
 * A role's landing page: who is working here today and where. Only facts the API gave us;
 * the counter, the queues and the dashboards arrive with their own pages.
 */
export function WorkbenchHome({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const today = useShanghaiToday();
  const rows: [label: string, value: string, testId: string][] = [
    [t('home.fields.username'), identity.username, 'home-username'],
    [t('home.fields.role'), identity.roleLabel, 'home-role'],
    [t('home.fields.office'), identity.officeName, 'home-office'],
    ...(identity.windowLabel ? [[t('home.fields.window'), identity.windowLabel, 'home-window'] as [string, string, string]] : []),
  ];
  return (
    <Box sx={{ maxWidth: 720 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>{t(titleKey)}</Typography>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 0.5 }}>{t('home.greeting', { name: identity.displayName })}</Typography>
        <Typography color="text.secondary" data-testid="home-today" sx={{ mb: 2.5 }}>{t('home.today', { date: today })}</Typography>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1.25, m: 0 }}>
          {rows.map(([label, value, testId]) => (
            <Box key={testId} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ color: 'text.secondary' }}>{label}</Box>
              <Box component="dd" sx={{ m: 0, fontWeight: 500 }} data-testid={testId}>{value}</Box>
            </Box>
          ))}
        </Box>
      </Paper>
    </Box>
  );
}
