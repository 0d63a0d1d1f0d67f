import type { Request } from 'express';

/** The request facts every audit entry carries (docs/RULES.md "Audit log": request id, IP). */
export function requestFacts(req: Request): { requestId: string; ip: string | null; userAgent: string | null } {
  return { requestId: String(req.id ?? ''), ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
}
