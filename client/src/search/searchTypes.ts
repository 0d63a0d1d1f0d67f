// The answer of `GET /api/search` (server/services/search.ts).
export const SEARCH_KINDS = ['customer', 'esim', 'order', 'transfer', 'refund', 'dsa_notice'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchResult {
  kind: SearchKind;
  id: number;
  title: string;
  detail: string | null;
  status: string | null;
  accountId: number | null;
  matchedBy: string;
  rank: number;
}

export interface SearchGroup {
  kind: SearchKind;
  results: SearchResult[];
}

/** The record a result opens. */
export const RESOURCE_OF_KIND: Record<SearchKind, string> = {
  customer: 'accounts',
  esim: 'esims',
  order: 'orders',
  transfer: 'transfers',
  refund: 'refunds',
  dsa_notice: 'dsa-notices',
};
