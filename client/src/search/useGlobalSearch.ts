import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { KoletDataProvider } from '../dataProvider.ts';
import type { SearchResult, SearchGroup } from './searchTypes.ts';

/** The API answers 400 under two characters (an order number may be as short as `#5`). */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_DEBOUNCE_MS = 250;

const searchKey = (q: string) => ['search', q] as const;
export const isSearchable = (q: string) => q.trim().length >= SEARCH_MIN_LENGTH;
const flatten = (groups: SearchGroup[]): SearchResult[] => groups.flatMap((g) => g.results);

/** `GET /api/search?q=`, debounced while typing; `searchNow` skips the wait (Enter). Results come flat, in the order of their groups. */
export function useGlobalSearch(input: string) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const queryClient = useQueryClient();
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(input.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const fetchResults = async (q: string) =>
    flatten((await dataProvider.get<{ groups: SearchGroup[] }>(`search?q=${encodeURIComponent(q)}`)).data.groups);
  const query = useQuery({ queryKey: searchKey(term), queryFn: () => fetchResults(term), enabled: isSearchable(term), staleTime: 30_000 });
  const searchNow = async (q: string): Promise<SearchResult[]> => {
    const trimmed = q.trim();
    setTerm(trimmed);
    return queryClient.fetchQuery({ queryKey: searchKey(trimmed), queryFn: () => fetchResults(trimmed), staleTime: 30_000 });
  };
  const current = term === input.trim();
  return {
    results: current ? (query.data ?? []) : [],
    isSearching: isSearchable(input) && (!current || query.isFetching),
    error: query.error,
    searchNow,
  };
}
