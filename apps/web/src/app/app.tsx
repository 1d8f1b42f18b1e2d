import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';

import { i18n } from './i18n';
import { AppRoutes } from './routes';

/** Server state through TanStack Query: retried, and read again when the network comes back. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 3, retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000), staleTime: 10_000, refetchOnReconnect: true },
      mutations: { retry: false },
    },
  });
}

export function App({ queryClient = createQueryClient() }: { queryClient?: QueryClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AppRoutes />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
