import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../application-view';
import type { MaterialViewerState } from '../hooks/use-material-viewer';
import { mismatchesOf, recordValueOf, sameField, type FieldMismatch } from '../page-fields';
import { materialName } from '../review-format';
import { Section } from './Section';

const fieldName = (t: TFunction, key: string) => t(`review.ocr.fieldNames.${key}`, { defaultValue: key });

/** One finding in words: what disagrees with what (never colour alone). */
function explain(t: TFunction, m: FieldMismatch, language: string): string {
  const expected = m.expected.join(t('review.ocr.listSeparator'));
  if ('field' in m.against) {
    return t('review.ocr.mismatches.differs_between_materials', { material: materialName(m.against.field.materialId, language), field: fieldName(t, m.against.field.key), expected });
  }
  return t(`review.ocr.mismatches.${m.code}`, { expected });
}

/**
 * What OCR read on every page next to what the clerk confirmed and what the system's records
 * hold, each disagreement marked with an icon and words; picking a field highlights its box in
 * the material viewer.
 */
export function OcrComparison({ detail, viewer }: { detail: ApplicationDetail; viewer: MaterialViewerState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { materials, records, mismatches } = detail.pages;
  const separator = t('review.ocr.listSeparator');
  const title = mismatches.length ? t('review.ocr.titleWithMismatches', { count: mismatches.length }) : t('review.ocr.title');

  if (!materials.length) {
    return (
      <Section title={t('review.ocr.title')} testId="ocr-comparison">
        <Typography variant="body2" color="text.secondary">{t('review.ocr.noReadings')}</Typography>
      </Section>
    );
  }

  const recordRows: [string, string][] = [
    [t('review.ocr.records.name'), records.applicant.name],
    [t('review.ocr.records.idNumber'), records.applicant.idNumber],
    [t('review.ocr.records.bankCards'), records.bankCards.join(separator) || '—'],
    [t('review.ocr.records.spouse'), records.spouse ? `${records.spouse.name ?? '—'} · ${records.spouse.idNumber}` : t('review.ocr.records.noSpouse')],
  ];

  return (
    <Section title={title} testId="ocr-comparison">
      {mismatches.length > 0 && (
        <Alert severity="error" icon={<ErrorIcon fontSize="inherit" />} sx={{ mb: 1 }} data-testid="mismatch-list">
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 0.5 }}>
            {mismatches.map((m, i) => (
              <li key={`${m.field.pageSha256}:${m.field.key}:${i}`}>
                <Box
                  component="button"
                  type="button"
                  onClick={() => viewer.selectField(m.field)}
                  sx={{ all: 'unset', display: 'block', cursor: 'pointer', textDecoration: 'underline dotted', '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
                  data-testid={`mismatch-${m.field.key}`}
                >
                  {`${materialName(m.field.materialId, language)} · ${fieldName(t, m.field.key)}: ${m.value} — ${explain(t, m, language)}`}
                </Box>
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <Typography variant="subtitle2" component="h3">{t('review.ocr.recordsTitle')}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(96px, max-content) 1fr', columnGap: 2, rowGap: 0.25, mt: 0.5, mb: 1.5 }} data-testid="ocr-records">
        {recordRows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">{label}</Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>{value}</Typography>
          </Box>
        ))}
      </Box>
      {materials.map((m) => (
        <Box key={m.materialId} sx={{ mb: 1.5 }}>
          <Typography variant="subtitle2" component="h3">{materialName(m.materialId, language)}</Typography>
          {m.pages.map((p, pageIndex) =>
            p.fields.length === 0 ? (
              <Typography key={`${p.sha256}:${pageIndex}`} variant="body2" color="text.secondary">{t('review.ocr.noFields')}</Typography>
            ) : (
              <Table key={`${p.sha256}:${pageIndex}`} size="small" aria-label={`${materialName(m.materialId, language)} ${pageIndex + 1}`} sx={{ tableLayout: 'fixed', '& td, & th': { px: 0.75, overflowWrap: 'anywhere' } }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: '18%' }}>{t('review.ocr.columns.field')}</TableCell>
                    <TableCell sx={{ width: '27%' }}>{t('review.ocr.columns.ocr')}</TableCell>
                    <TableCell sx={{ width: '22%' }}>{t('review.ocr.columns.confirmed')}</TableCell>
                    <TableCell sx={{ width: '33%' }}>{t('review.ocr.columns.record')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {p.fields.map((f) => {
                    const ref = { pageSha256: p.sha256, key: f.key };
                    const found = mismatchesOf(mismatches, ref);
                    const record = recordValueOf({ materialId: m.materialId, kind: p.kind }, f, records, separator);
                    const picked = sameField(viewer.selected, ref);
                    return (
                      <TableRow
                        key={f.key}
                        hover
                        selected={picked}
                        tabIndex={0}
                        onClick={() => viewer.selectField(ref)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            e.stopPropagation();
                            viewer.selectField(ref);
                          }
                        }}
                        aria-selected={picked}
                        data-testid={`ocr-field-${f.key}`}
                        data-mismatch={found.length > 0}
                        sx={{ cursor: 'pointer', ...(found.length ? { bgcolor: 'rgba(211,47,47,0.08)' } : {}) }}
                      >
                        <TableCell>{fieldName(t, f.key)}</TableCell>
                        <TableCell>
                          <Typography variant="body2" component="span">{f.ocrValue ?? '—'}</Typography>
                          {f.confidence !== null && (
                            <Typography variant="caption" color={f.needsConfirmation ? 'warning.main' : 'text.secondary'} sx={{ display: 'block' }}>
                              {t('review.ocr.confidence', { confidence: f.confidence })}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell>
                          <Typography variant="body2" component="span">{f.confirmedValue ?? '—'}</Typography>
                          {f.corrected && <Chip size="small" variant="outlined" color="info" label={t('review.ocr.corrected')} sx={{ ml: 0.5, height: 20 }} />}
                        </TableCell>
                        <TableCell>
                          {found.length > 0 ? (
                            <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start', color: 'error.main' }}>
                              <ErrorIcon fontSize="small" aria-hidden />
                              <Typography variant="body2">
                                <strong>{t('review.ocr.mismatch')}</strong>
                                {` ${found.map((x) => explain(t, x, language)).join(separator)}`}
                              </Typography>
                            </Box>
                          ) : record !== null ? (
                            <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}>
                              <CheckCircleIcon fontSize="small" color="success" aria-hidden />
                              <Typography variant="body2">
                                <Box component="span" sx={{ color: 'success.main', fontWeight: 600 }}>{t('review.ocr.matches')}</Box> {record}
                              </Typography>
                            </Box>
                          ) : (
                            <Typography variant="body2" color="text.secondary">{t('review.ocr.notCompared')}</Typography>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            ),
          )}
        </Box>
      ))}
    </Section>
  );
}
