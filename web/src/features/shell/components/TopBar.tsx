import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { Brand } from '../../../ui/Brand';
import { IdentitySummary } from './IdentitySummary';
import { SignOutButton } from './SignOutButton';

export function TopBar() {
  return (
    <AppBar position="static" component="header" elevation={0}>
      <Toolbar sx={{ gap: 2, minHeight: 56 }}>
        <Brand tone="inverse" />
        <Box sx={{ flex: 1 }} />
        <IdentitySummary />
        <LanguageSwitch tone="inverse" />
        <SignOutButton />
      </Toolbar>
    </AppBar>
  );
}
