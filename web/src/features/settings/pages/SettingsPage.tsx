import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CalendarPanel } from '../components/CalendarPanel';
import { PolicyPanel } from '../components/PolicyPanel';

/** Policy parameters with effective dates and the holiday calendar; the tab is in the URL. */
export function SettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'calendar' ? 'calendar' : 'policy';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, height: '100%', minHeight: 0 }}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <Tabs value={tab} onChange={(_, v: string) => setParams(v === 'policy' ? {} : { tab: v }, { replace: true })}>
        <Tab value="policy" label={t('settings.tabs.policy')} />
        <Tab value="calendar" label={t('settings.tabs.calendar')} />
      </Tabs>
      {tab === 'policy' ? <PolicyPanel /> : <CalendarPanel />}
    </Box>
  );
}
