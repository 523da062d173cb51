import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { compactDateTime } from '../../review/review-format';

export interface ArchiveDocument {
  readonly sha256: string;
  readonly version: number;
  readonly createdAt: string;
}

/**
 * The application's archive PDF (cover, every scanned page, searchable OCR text), built by the
 * archive job after acceptance; served by GET /files/:sha256, which re-checks its hash on every read.
 */
export function ArchivePdfLink({ archive, receiptNo }: { archive: ArchiveDocument | null; receiptNo: string | null }) {
  const { t } = useTranslation();
  const url = archive && `/files/${archive.sha256}`;
  return (
    <Paper variant="outlined" component="section" sx={{ p: 1.5 }} data-testid="archive-pdf">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{t('applicationArchive.title')}</Typography>
      {!archive || !url ? (
        <Typography variant="body2" color="text.secondary">{t('applicationArchive.pending')}</Typography>
      ) : (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="outlined" startIcon={<PictureAsPdfIcon />} href={url} target="_blank" rel="noopener" data-testid="archive-pdf-open">
              {t('applicationArchive.open')}
            </Button>
            <Button startIcon={<DownloadIcon />} href={url} download={`archive-${receiptNo ?? archive.sha256.slice(0, 12)}-v${archive.version}.pdf`}>
              {t('applicationArchive.download')}
            </Button>
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t('applicationArchive.built', { version: archive.version, at: compactDateTime(archive.createdAt) })}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>SHA-256 {archive.sha256}</Typography>
        </Box>
      )}
    </Paper>
  );
}
