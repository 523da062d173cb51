import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of the pages anyone may open without signing in (staff sign-in, the public progress
 * lookup, the developer inbox): the brand, the language switch and one column of content. The
 * progress page is opened from a receipt's QR code on a phone, so the column narrows to the screen.
 */
export function PublicPage({ children, maxWidth = 480, brand = true }: { children: ReactNode; maxWidth?: number; brand?: boolean }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ display: 'flex', alignItems: 'center', justifyContent: brand ? 'space-between' : 'flex-end', gap: 2, px: { xs: 2, sm: 3 }, py: 2 }}>
        {brand && <Brand />}
        <LanguageSwitch />
      </Box>
      <Box component="main" sx={{ flex: 1, display: 'flex', justifyContent: 'center', px: { xs: 1.5, sm: 2 }, pb: 8 }}>
        <Box sx={{ width: '100%', maxWidth }}>{children}</Box>
      </Box>
    </Box>
  );
}
