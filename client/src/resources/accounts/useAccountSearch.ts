import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { SearchMatch } from './accountTypes.ts';

/** The API answers 400 under two characters (an order number may be as short as `#5`). */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_DEBOUNCE_MS = 300;

const searchKey = (q: string) => ['accounts', 'search', q] as const;
export const isSearchable = (q: string) => q.trim().length >= SEARCH_MIN_LENGTH;

/** `GET /api/accounts/search?q=`, debounced while typing; `searchNow` skips the wait (Enter). */
export function useAccountSearch(input: string) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const queryClient = useQueryClient();
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(input.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const fetchMatches = async (q: string) => (await dataProvider.get<{ matches: SearchMatch[] }>(`accounts/search?q=${encodeURIComponent(q)}`)).data.matches;
  const query = useQuery({ queryKey: searchKey(term), queryFn: () => fetchMatches(term), enabled: isSearchable(term), staleTime: 30_000 });
  const searchNow = async (q: string): Promise<SearchMatch[]> => {
    const trimmed = q.trim();
    setTerm(trimmed);
    return queryClient.fetchQuery({ queryKey: searchKey(trimmed), queryFn: () => fetchMatches(trimmed), staleTime: 30_000 });
  };
  /** Results for what is typed (not for an older term still on screen). */
  const current = term === input.trim();
  return { matches: current ? query.data ?? [] : [], isSearching: isSearchable(input) && (!current || query.isFetching), error: query.error, searchNow, term };
}
