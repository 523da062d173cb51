import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';
import { TopBar } from './TopBar';

export const MAIN_ID = 'main-content';

export function AppShell() {
  const { t } = useTranslation();
  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <SkipLink target={MAIN_ID} />
      <TopBar />
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <SideNav />
        <Box component="main" id={MAIN_ID} tabIndex={-1} sx={{ flex: 1, minWidth: 0, overflow: 'auto', p: 3, outline: 'none' }}>
          <Suspense fallback={<LinearProgress aria-label={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        </Box>
      </Box>
    </Box>
  );
}
