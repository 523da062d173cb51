import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { createApiClient } from '../lib/trpc';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App() {
  // One query cache and one API client, shared by the screens and the routes' loaders (which ask
  // for a page's data while its code loads, before the page renders).
  const [queryClient] = useState(createQueryClient);
  const [apiClient] = useState(createApiClient);
  const [router] = useState(() => createAppRouter({ queryClient, apiClient }));
  return (
    <AppProviders queryClient={queryClient} apiClient={apiClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
