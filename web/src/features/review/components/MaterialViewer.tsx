import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import FitScreenIcon from '@mui/icons-material/FitScreen';
import ImageNotSupportedIcon from '@mui/icons-material/ImageNotSupported';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialViewerState } from '../hooks/use-material-viewer';
import type { FieldMismatch } from '../page-fields';
import { PageWithBoxes } from './PageWithBoxes';

const fileUrl = (sha256: string) => `/files/${sha256}`;

/** A page image, or a plain statement when the archive has no picture for it. */
function PageImage({ sha256, alt, style, compact = false }: { sha256: string; alt: string; style?: React.CSSProperties; compact?: boolean }) {
  const { t } = useTranslation();
  const [failedFor, setFailedFor] = useState<string | null>(null);
  if (failedFor === sha256) {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1, color: 'text.secondary', p: 2, textAlign: 'center' }}>
        <ImageNotSupportedIcon titleAccess={compact ? t('review.viewer.pageUnavailable') : undefined} />
        {!compact && <Typography variant="body2">{t('review.viewer.pageUnavailable')}</Typography>}
      </Box>
    );
  }
  return <img src={fileUrl(sha256)} alt={alt} style={style} onError={() => setFailedFor(sha256)} draggable={false} />;
}

/** The pages of the application; a page with a stored reading shows its fields' boxes. */
export function MaterialViewer({ viewer, mismatches }: { viewer: MaterialViewerState; mismatches: readonly FieldMismatch[] }) {
  const { t } = useTranslation();
  const { pages, current, index, zoom, rotation } = viewer;
  const [brokenImage, setBrokenImage] = useState<string | null>(null);

  if (!current) {
    return (
      <Box sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', borderRadius: 1, p: 3 }} data-testid="viewer-empty">
        <Typography color="text.secondary" sx={{ textAlign: 'center' }}>{t('review.viewer.noPages')}</Typography>
      </Box>
    );
  }

  const label = t('review.viewer.pageLabel', { material: current.materialLabel, page: current.pageNo, pages: current.pageCount });
  const imageStyle: React.CSSProperties =
    zoom === 'fit'
      ? { maxWidth: '100%', maxHeight: '100%', transform: `rotate(${rotation}deg)`, objectFit: 'contain' }
      : { width: `${zoom * 100}%`, transform: `rotate(${rotation}deg)`, transformOrigin: 'center' };

  const tool = (title: string, onClick: () => void, icon: React.ReactNode, disabled = false) => (
    <Tooltip title={title}>
      <span>
        <IconButton size="small" onClick={onClick} aria-label={title} disabled={disabled}>{icon}</IconButton>
      </span>
    </Tooltip>
  );

  return (
    <Box sx={{ height: '100%', display: 'grid', gridTemplateColumns: '96px 1fr', gap: 1, minHeight: 0 }} aria-label={t('review.viewer.label')} role="region">
      <Box component="ol" aria-label={t('review.viewer.thumbnails')} sx={{ m: 0, p: 0, listStyle: 'none', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 1 }}>
        {pages.map((p, i) => (
          <Box component="li" key={`${p.sha256}:${i}`}>
            <Box
              component="button"
              type="button"
              onClick={() => viewer.go(i)}
              aria-current={i === index ? 'page' : undefined}
              aria-label={t('review.viewer.pageLabel', { material: p.materialLabel, page: p.pageNo, pages: p.pageCount })}
              sx={{ width: '100%', height: 110, p: 0.5, border: 2, borderColor: i === index ? 'primary.main' : 'divider', borderRadius: 1, bgcolor: 'background.paper', cursor: 'pointer', display: 'flex', flexDirection: 'column', alignItems: 'center', overflow: 'hidden' }}
            >
              <Box sx={{ flex: 1, minHeight: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', '& img': { maxWidth: '100%', maxHeight: 70 } }}>
                <PageImage sha256={p.sha256} alt="" compact />
              </Box>
              <Typography variant="caption" noWrap sx={{ maxWidth: '100%' }}>{p.materialLabel}</Typography>
            </Box>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
          {tool(t('review.viewer.previous'), viewer.previous, <ChevronLeftIcon />, index === 0)}
          <Typography variant="body2" sx={{ minWidth: 0, flex: 1 }} noWrap title={label} data-testid="viewer-page">
            {label} · {index + 1}/{pages.length}
          </Typography>
          {tool(t('review.viewer.next'), viewer.next, <ChevronRightIcon />, index === pages.length - 1)}
          {tool(t('review.viewer.zoomOut'), viewer.zoomOut, <ZoomOutIcon />)}
          <Typography variant="body2" sx={{ width: 48, textAlign: 'center' }}>{zoom === 'fit' ? t('review.viewer.fitShort') : `${Math.round(zoom * 100)}%`}</Typography>
          {tool(t('review.viewer.zoomIn'), viewer.zoomIn, <ZoomInIcon />)}
          {tool(t('review.viewer.fit'), viewer.fit, <FitScreenIcon />)}
          {tool(t('review.viewer.rotate'), viewer.rotate, <RotateRightIcon />)}
        </Box>
        <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', bgcolor: 'grey.100', borderRadius: 1, display: 'flex', alignItems: zoom === 'fit' ? 'center' : 'flex-start', justifyContent: 'center', p: 1 }}>
          {current.size && brokenImage !== current.sha256 ? (
            <PageWithBoxes
              page={{ ...current, size: current.size }}
              label={label}
              zoom={zoom}
              rotation={rotation}
              selected={viewer.selected}
              mismatches={mismatches}
              onSelect={viewer.selectField}
              onError={() => setBrokenImage(current.sha256)}
            />
          ) : (
            <PageImage sha256={current.sha256} alt={label} style={imageStyle} />
          )}
        </Box>
      </Box>
    </Box>
  );
}
