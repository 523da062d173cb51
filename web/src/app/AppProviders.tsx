import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useLanguage } from '../i18n/use-language';
import { TRPCProvider, type ApiClient } from '../lib/trpc';
import { createAppTheme } from './theme';

interface Props {
  queryClient: QueryClient;
  apiClient: ApiClient;
  children: ReactNode;
}

export function AppProviders({ queryClient, apiClient, children }: Props) {
  const { language } = useLanguage();
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider queryClient={queryClient} trpcClient={apiClient}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          {children}
        </ThemeProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
