import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** A whole-page message (loading, a failed start) centred in the viewport. */
export function CenteredMessage({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}>
      <Box sx={{ maxWidth: 480, width: '100%', textAlign: 'center' }}>{children}</Box>
    </Box>
  );
}
