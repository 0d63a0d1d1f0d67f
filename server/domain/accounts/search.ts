// The one search box: what the agent typed decides where we look.
export type SearchKind = 'email' | 'email_prefix' | 'iccid' | 'order' | 'payment_reference' | 'referral_code' | 'account';

/** The lookups worth trying for a query, most specific first. */
export function searchKinds(raw: string): { kind: SearchKind; value: string }[] {
  const q = raw.trim();
  if (q.length < 2) return [];
  const kinds: { kind: SearchKind; value: string }[] = [];
  const compact = q.replace(/\s/g, '');
  if (q.includes('@')) kinds.push({ kind: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(q) ? 'email' : 'email_prefix', value: q.toLowerCase() });
  if (/^89\d{11,20}$/.test(compact) || /^\d{6,22}$/.test(compact)) kinds.push({ kind: 'iccid', value: compact });
  const order = /^#?(\d{1,10})$/.exec(q);
  if (order) {
    kinds.push({ kind: 'order', value: order[1]! });
    kinds.push({ kind: 'account', value: order[1]! });
  }
  if (/^[A-Za-z0-9_-]{6,120}$/.test(q) && !q.includes('@')) kinds.push({ kind: 'payment_reference', value: q });
  if (/^[A-Za-z0-9]{6,20}$/.test(q)) kinds.push({ kind: 'referral_code', value: q.toUpperCase() });
  if (!q.includes('@') && /^[a-z0-9._+-]{3,}$/i.test(q)) kinds.push({ kind: 'email_prefix', value: q.toLowerCase() });
  return kinds;
}
