import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useLoadNoticeMutation } from '../settings.queries';

/** Loads a year's State Council notice from a JSON file; the server validates and refuses a year twice. */
export function NoticeUpload({ nextYear, onLoaded }: { nextYear: number; onLoaded: (year: number) => void }) {
  const { t } = useTranslation();
  const load = useLoadNoticeMutation();
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    load.mutate({ notice: await file.text() }, { onSuccess: (r) => onLoaded(r.year) });
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={load.isPending}>
          {t('settings.calendar.upload', { year: nextYear })}
          <input hidden type="file" accept="application/json,.json" data-testid="notice-file" onChange={(e) => void onFile(e.target.files?.[0])} />
        </Button>
      </Box>
      {load.error && <ErrorNotice error={load.error} />}
      {load.isSuccess && <Alert severity="success" role="status">{t('settings.calendar.loaded', { year: load.data.year })}</Alert>}
    </Box>
  );
}
