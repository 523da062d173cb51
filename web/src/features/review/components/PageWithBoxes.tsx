import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { mismatchesOf, sameField, type FieldMismatch, type FieldRef } from '../page-fields';
import type { ViewerPage } from '../hooks/use-material-viewer';

/**
 * A page image with the box of every field OCR read on it, drawn in the image's own pixel
 * coordinates inside one SVG, so zoom, fit and rotation move the boxes with the picture. A field
 * that disagrees with the records is outlined solid red, the picked one filled amber; clicking a
 * box picks its field.
 */
export function PageWithBoxes({ page, label, zoom, rotation, selected, mismatches, onSelect, onError }: {
  page: ViewerPage & { size: NonNullable<ViewerPage['size']> };
  label: string;
  zoom: number | 'fit';
  rotation: number;
  selected: FieldRef | null;
  mismatches: readonly FieldMismatch[];
  onSelect: (field: FieldRef) => void;
  onError: () => void;
}) {
  const { t } = useTranslation();
  const { palette } = useTheme();
  const { width, height } = page.size;
  const line = Math.max(2, width / 400);
  const pad = Math.max(4, width / 250);
  const size: React.CSSProperties = zoom === 'fit' ? { width: '100%', height: '100%' } : { width: `${zoom * 100}%`, height: 'auto', flex: 'none' };
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="page-with-boxes"
      style={{ ...size, aspectRatio: `${width} / ${height}`, display: 'block', transform: `rotate(${rotation}deg)` }}
    >
      <image href={`/files/${page.sha256}`} x={0} y={0} width={width} height={height} onError={onError} />
      {page.fields.map((f) => {
        if (!f.box) return null;
        const ref = { pageSha256: page.sha256, key: f.key };
        const picked = sameField(selected, ref);
        const wrong = mismatchesOf(mismatches, ref).length > 0;
        const value = f.confirmedValue ?? f.ocrValue ?? '';
        return (
          <rect
            key={f.key}
            x={f.box.x - pad}
            y={f.box.y - pad}
            width={f.box.w + 2 * pad}
            height={f.box.h + 2 * pad}
            rx={pad}
            fill={picked ? 'rgba(255,193,7,0.35)' : wrong ? 'rgba(211,47,47,0.12)' : 'rgba(25,118,210,0.06)'}
            stroke={wrong ? palette.error.main : picked ? palette.warning.dark : palette.primary.main}
            strokeWidth={picked ? line * 2.5 : line}
            strokeDasharray={wrong || picked ? undefined : `${line * 3} ${line * 2}`}
            style={{ cursor: 'pointer' }}
            onClick={() => onSelect(ref)}
            data-testid={`field-box-${f.key}`}
            data-selected={picked}
            data-mismatch={wrong}
          >
            <title>{`${t(`review.ocr.fieldNames.${f.key}`, { defaultValue: f.key })}: ${value}${wrong ? ` — ${t('review.ocr.mismatch')}` : ''}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
