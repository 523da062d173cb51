import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';

/** Every shortcut of the review screens, listed where the reviewer presses `?`. */
export const SHORTCUTS = [
  { keys: ['N'], labelKey: 'review.shortcuts.claimNext' },
  { keys: ['A'], labelKey: 'review.shortcuts.approve' },
  { keys: ['R'], labelKey: 'review.shortcuts.return' },
  { keys: ['X'], labelKey: 'review.shortcuts.reject' },
  { keys: ['C'], labelKey: 'review.shortcuts.claim' },
  { keys: ['→', 'J'], labelKey: 'review.shortcuts.nextPage' },
  { keys: ['←', 'K'], labelKey: 'review.shortcuts.previousPage' },
  { keys: ['+', '-'], labelKey: 'review.shortcuts.zoom' },
  { keys: ['0'], labelKey: 'review.shortcuts.fit' },
  { keys: ['O'], labelKey: 'review.shortcuts.rotate' },
  { keys: ['Q'], labelKey: 'review.shortcuts.backToQueue' },
  { keys: ['?'], labelKey: 'review.shortcuts.help' },
] as const;

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcut-help-title">
      <DialogTitle id="shortcut-help-title">{t('review.shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {SHORTCUTS.map((s) => (
              <TableRow key={s.labelKey}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {s.keys.map((k) => (
                    <Box key={k} component="kbd" sx={{ px: 0.75, py: 0.25, mr: 0.5, border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: 'monospace', bgcolor: 'action.hover' }}>
                      {k}
                    </Box>
                  ))}
                </TableCell>
                <TableCell>{t(s.labelKey)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>{t('review.common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
