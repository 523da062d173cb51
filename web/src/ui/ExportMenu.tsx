import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadTable, type ExportFormat } from '../lib/export/download';
import type { ExportTable } from '../lib/export/table-export';
import { ErrorNotice } from './ErrorNotice';

/**
 * The one export button of the supervisor's tables: CSV or Excel, of the table `build` returns —
 * with the page's filters applied, and for server-paged lists every matching row, not only those
 * on screen (so `build` may fetch).
 */
export function ExportMenu({ build, disabled, testId }: { build: () => ExportTable | Promise<ExportTable>; disabled?: boolean; testId: string }) {
  const { t } = useTranslation();
  const menuId = useId();
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [truncatedAt, setTruncatedAt] = useState<number | null>(null);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    setBusy(true);
    setError(null);
    try {
      const table = await build();
      await downloadTable(table, format);
      setTruncatedAt(table.truncatedAt ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        ref={anchor}
        size="small"
        startIcon={<DownloadIcon />}
        disabled={disabled}
        loading={busy}
        aria-haspopup="menu"
        aria-controls={open ? menuId : undefined}
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {t('export.button')}
      </Button>
      <Menu id={menuId} anchorEl={anchor.current} open={open} onClose={() => setOpen(false)}>
        <MenuItem onClick={() => void run('xlsx')} data-testid={`${testId}-xlsx`}>{t('export.xlsx')}</MenuItem>
        <MenuItem onClick={() => void run('csv')} data-testid={`${testId}-csv`}>{t('export.csv')}</MenuItem>
      </Menu>
      <Snackbar open={error !== null || truncatedAt !== null} onClose={() => { setError(null); setTruncatedAt(null); }} autoHideDuration={error === null ? 8000 : null}>
        {error !== null ? (
          <div><ErrorNotice error={error} /></div>
        ) : (
          <Alert severity="warning" onClose={() => setTruncatedAt(null)} data-testid={`${testId}-truncated`}>
            {t('export.truncated', { count: truncatedAt ?? 0 })}
          </Alert>
        )}
      </Snackbar>
    </>
  );
}
