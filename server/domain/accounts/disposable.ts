// Disposable e-mail domains (welcome offers refuse them), from the maintained
// `disposable-email-domains` list; a subdomain of a listed domain counts too.
import list from 'disposable-email-domains/index.json' with { type: 'json' };

const DOMAINS = new Set(list.map((d) => d.toLowerCase()));

export function isDisposableEmail(email: string): boolean {
  const domain = email.trim().toLowerCase().split('@')[1] ?? '';
  const parts = domain.split('.');
  for (let i = 0; i < parts.length - 1; i++) if (DOMAINS.has(parts.slice(i).join('.'))) return true;
  return false;
}
