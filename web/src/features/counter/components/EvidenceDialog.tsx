import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import type { ChecklistLine } from '../counter-types';
import { evidenceLines } from '../../../lib/evidence-summary';

/** The sealed answer that made a paper unnecessary: who answered, what, when, and its hash. */
export function EvidenceDialog({ line, onClose }: { line: ChecklistLine | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const waived = line?.waivedBy;
  return (
    <Dialog open={Boolean(waived)} onClose={onClose} maxWidth="sm" fullWidth>
      {line && waived && (
        <>
          <DialogTitle>{t('counter.evidence.title', { material: localizedName(i18n.language, line.name.zh, line.name.en) })}</DialogTitle>
          <DialogContent dividers data-testid="evidence">
            {waived.evidence.map((e) => (
              <div key={e.hash}>
                <Typography variant="subtitle2">{t(`counter.sources.${e.source}`)} · {formatShanghaiDateTime(e.at, i18n.language)}</Typography>
                {e.summary ? (
                  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 2, rowGap: 0.25, bgcolor: 'action.hover', p: 1, my: 0.5 }}>
                    {evidenceLines(e.summary, t, 'counter.evidence').map((l) => (
                      <Box key={l.label} sx={{ display: 'contents' }}>
                        <Typography component="dt" variant="body2" color="text.secondary">{l.label}</Typography>
                        <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>{l.value}</Typography>
                      </Box>
                    ))}
                  </Box>
                ) : (
                  <Typography variant="body2" sx={{ bgcolor: 'action.hover', p: 1, my: 0.5 }}>{t('counter.evidence.noRecord')}</Typography>
                )}
                <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>SHA-256 {e.hash}</Typography>
              </div>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} autoFocus>{t('counter.evidence.close')}</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
