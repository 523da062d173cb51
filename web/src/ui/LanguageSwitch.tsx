import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../i18n/language';
import { useLanguage } from '../i18n/use-language';

export function LanguageSwitch({ tone = 'default' }: { tone?: 'default' | 'inverse' }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={language}
      aria-label={t('language.label')}
      onChange={(_event, value: unknown) => {
        if (isLanguage(value)) setLanguage(value);
      }}
      sx={tone === 'inverse' ? inverseSx : undefined}
    >
      {LANGUAGES.map((l) => (
        // Each label is written in its own language, so it is found whatever is on screen now.
        <ToggleButton key={l} value={l} lang={l} sx={{ px: 1.25, py: 0.25, textTransform: 'none' }}>
          {t(`language.${l}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

const inverseSx = {
  '& .MuiToggleButton-root': { color: 'rgba(255,255,255,0.8)', borderColor: 'rgba(255,255,255,0.4)' },
  '& .MuiToggleButton-root.Mui-selected': { color: '#fff', bgcolor: 'rgba(255,255,255,0.2)' },
  '& .MuiToggleButton-root.Mui-selected:hover': { bgcolor: 'rgba(255,255,255,0.28)' },
} as const;
