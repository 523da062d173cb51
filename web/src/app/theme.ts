// A dense theme for eight-hour days at a counter: small controls, compact lists, and the system
// CJK fonts each platform already has (no web fonts to download at a government desk).
import { createTheme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Language } from '../i18n/language';

const FONT_STACK = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  'sans-serif',
].join(', ');

const focusRing = { outline: '2px solid #f59e0b', outlineOffset: 2 };

export function createAppTheme(language: Language) {
  return createTheme(
    {
      palette: {
        primary: { main: '#0b5394' },
        secondary: { main: '#b45309' },
        background: { default: '#f3f5f8', paper: '#ffffff' },
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: FONT_STACK,
        fontSize: 14,
        h1: { fontSize: 22, fontWeight: 600, lineHeight: 1.35 },
        h2: { fontSize: 18, fontWeight: 600, lineHeight: 1.4 },
        h3: { fontSize: 16, fontWeight: 600, lineHeight: 1.4 },
        button: { textTransform: 'none', fontWeight: 500 },
      },
      components: {
        MuiButton: { defaultProps: { size: 'small', disableElevation: true } },
        MuiIconButton: { defaultProps: { size: 'small' } },
        MuiTextField: { defaultProps: { size: 'small' } },
        MuiFormControl: { defaultProps: { size: 'small' } },
        MuiToggleButtonGroup: { defaultProps: { size: 'small' } },
        MuiChip: { defaultProps: { size: 'small' } },
        MuiTable: { defaultProps: { size: 'small' } },
        MuiList: { defaultProps: { dense: true } },
        MuiListItemButton: { defaultProps: { dense: true } },
        MuiToolbar: { defaultProps: { variant: 'dense' } },
        // Keyboard users must always see where they are: a ring on anything focusable by Tab.
        MuiButtonBase: { styleOverrides: { root: { '&.Mui-focusVisible': focusRing } } },
        MuiCssBaseline: { styleOverrides: { 'a:focus-visible': focusRing } },
      },
    },
    language === 'en' ? enUS : zhCN,
  );
}
