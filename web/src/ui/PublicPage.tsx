import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of the public pages outside sign-in (the progress lookup, the developer inbox): the
 * brand, the language switch and one column of content. The progress page is opened from a
 * receipt's QR code on a phone, so the column narrows to the screen.
 */
export function PublicPage({ children, maxWidth = 480 }: { children: ReactNode; maxWidth?: number }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, px: { xs: 2, sm: 3 }, py: 2 }}>
        <Brand />
        <LanguageSwitch />
      </Box>
      <Box component="main" sx={{ flex: 1, display: 'flex', justifyContent: 'center', px: { xs: 1.5, sm: 2 }, pb: 8 }}>
        <Box sx={{ width: '100%', maxWidth }}>{children}</Box>
      </Box>
    </Box>
  );
}
