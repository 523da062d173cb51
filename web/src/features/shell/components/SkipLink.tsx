import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';

/** The first Tab stop: keyboard users jump past the top bar and the menu to the work area. */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  return (
    <Link
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: -48,
        zIndex: (theme) => theme.zIndex.tooltip,
        bgcolor: 'background.paper',
        px: 1.5,
        py: 0.75,
        borderRadius: 1,
        boxShadow: 2,
        '&:focus': { top: 8 },
      }}
    >
      {t('shell.skipToContent')}
    </Link>
  );
}
