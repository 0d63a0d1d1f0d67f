// The rules of a DSA notice (Art. 16, 22, 23(2)) and of a complaint (Art. 20), as pure functions.
import { z } from 'zod';
import { CATEGORIES, EEA } from './tdb.ts';

export const CHILD_PROTECTION = 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS';
export const DECISION_TARGET_HOURS = 72;
export const CLAIM_MINUTES = 30;
export const COMPLAINT_WINDOW_MONTHS = 6;

const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

/** A place a notice points at: one of our reviews, or any other web address. */
export type NoticeLocation = { kind: 'review'; reviewId: number; raw: string } | { kind: 'url'; url: string; raw: string };

/** `review:123`, `123`, `#123`, or an address; an address of a review page (`…/avis/123`, `…/reviews/123`) names the review. */
export function parseLocation(raw: string): NoticeLocation | null {
  const s = raw.trim();
  const id = /^(?:review:|#)?(\d{1,10})$/i.exec(s);
  if (id) return { kind: 'review', reviewId: Number(id[1]), raw: s };
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const page = /\/(?:avis|reviews?)\/(\d{1,10})\/?$/.exec(url.pathname);
  if (page && /(^|\.)kolet\.com$/.test(url.hostname)) return { kind: 'review', reviewId: Number(page[1]), raw: s };
  return { kind: 'url', url: url.toString(), raw: s };
}

/** Art. 16(2): what a notice must hold. Name and e-mail may be left out only for child sexual abuse (16(2)(c)). */
export const noticeInput = z
  .strictObject({
    category: z.enum(CATEGORIES as [string, ...string[]], { message: 'choose the kind of illegal content' }),
    explanation: z
      .string({ message: 'explain why the content is illegal' })
      .trim()
      .min(20, 'explain why the content is illegal (20 characters at least)')
      .max(10_000, 'at most 10,000 characters'),
    // Each item is checked where it stands (the error names its index as sent), blank items are then dropped.
    locations: z
      .array(
        z
          .string()
          .trim()
          .max(500, 'an address is at most 500 characters')
          .refine((l) => l === '' || parseLocation(l) !== null, 'a review number (e.g. 123) or a web address starting with https://'),
        { message: 'give the exact location of the content (a review number or an address)' },
      )
      .transform((l) => l.filter((x) => x !== ''))
      .pipe(
        z
          .array(z.string())
          .min(1, 'give the exact location of the content (a review number or an address)')
          .max(20, 'at most 20 items per notice'),
      ),
    notifierName: optionalText(200),
    notifierEmail: z.preprocess(blankToUndefined, z.email('a valid e-mail address').max(254).optional()),
    goodFaith: z.literal(true, { message: 'confirm that the notice is accurate and complete, in good faith' }),
    threatToLife: z.boolean().optional(),
    legalGround: optionalText(500),
    memberState: z.preprocess(blankToUndefined, z.enum(EEA, { message: 'an EU/EEA country code' }).optional()),
    language: z.enum(['fr', 'en']).optional(),
  })
  .superRefine(
    (n, issue) => {
      if (n.category !== CHILD_PROTECTION) {
        if (isBlank(n.notifierName))
          issue.addIssue({
            code: 'custom',
            path: ['notifierName'],
            message: 'your name is required (except for child sexual abuse material)',
          });
        if (isBlank(n.notifierEmail))
          issue.addIssue({
            code: 'custom',
            path: ['notifierEmail'],
            message: 'your e-mail address is required (except for child sexual abuse material)',
          });
      }
      // Also when other fields are wrong, so that one answer names every missing field (the value is then the raw object).
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
  );
export type NoticeInput = z.infer<typeof noticeInput>;

/** Art. 16(3): a notice with every 16(2) element gives actual knowledge of the content. */
export function isComplete(n: {
  category: string;
  explanation: string;
  locations: string[];
  notifierName?: string | null;
  notifierEmail?: string | null;
  goodFaith: boolean;
}): boolean {
  const identified = n.category === CHILD_PROTECTION || (!!n.notifierName && !!n.notifierEmail);
  return n.explanation.trim().length > 0 && n.locations.length > 0 && n.goodFaith && identified;
}

/** Queue priority: threat to life first (rec. 52), trusted flaggers next (Art. 22), suspended notifiers last (Art. 23(2)). */
export function noticePriority(f: { threatToLife: boolean; trustedFlagger: boolean; notifierSuspended: boolean }): number {
  if (f.threatToLife) return 2;
  if (f.notifierSuspended) return -1;
  return f.trustedFlagger ? 1 : 0;
}

/** Our target for deciding a notice: `targetHours` after receipt (the setting `dsa_decision_target_hours`, 72 by default). */
export const decisionDueAt = (receivedAt: Date, targetHours: number = DECISION_TARGET_HOURS): Date =>
  new Date(receivedAt.getTime() + targetHours * 3_600_000);

/** A trusted flagger gets priority only within its expertise and while its designation is valid (Art. 22(1)). */
export function flaggerApplies(
  f: { active: boolean; expertise: string[] | null; validUntil: string | null },
  category: string,
  today: string,
): boolean {
  if (!f.active) return false;
  if (f.validUntil && f.validUntil < today) return false;
  return !f.expertise?.length || f.expertise.includes(category);
}

/** Whose claim holds the notice: another moderator's claim lapses after 30 minutes. */
export function claimHeldByOther(lockedBy: number | null, lockedAt: Date | null, me: number, now: Date): boolean {
  if (lockedBy == null || lockedBy === me || !lockedAt) return false;
  return now.getTime() - lockedAt.getTime() < CLAIM_MINUTES * 60_000;
}

/** Art. 20(1): a complaint may be lodged for at least six months after the person was informed. */
export function complaintDeadline(informedAt: Date): Date {
  const d = new Date(informedAt);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + COMPLAINT_WINDOW_MONTHS);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last)); // 31 August + 6 months = 28/29 February
  return d;
}

/** Art. 20(6): decided by a human; not by the original decider when someone else can. */
export function mayDecideComplaint(f: { deciderId: number; originalDeciderId: number | null; othersAvailable: number }): boolean {
  return f.originalDeciderId == null || f.deciderId !== f.originalDeciderId || f.othersAvailable === 0;
}

/** Who may contest what (Art. 20(1)): the author a restriction, the notifier any decision on its notice. */
export function complainantRole(
  email: string,
  parties: { notifierEmail: string | null; authorEmail: string | null; restricted: boolean; decided: boolean },
): 'author' | 'notifier' | null {
  const e = email.trim().toLowerCase();
  if (parties.authorEmail && e === parties.authorEmail.toLowerCase() && parties.restricted) return 'author';
  if (parties.notifierEmail && e === parties.notifierEmail.toLowerCase() && parties.decided) return 'notifier';
  return null;
}

export const complaintInput = z.strictObject({
  reference: z
    .string({ message: 'the reference of the decision' })
    .trim()
    .min(4, 'the reference of the decision (notice reference or statement id)')
    .max(500),
  email: z.email('a valid e-mail address').max(254),
  name: optionalText(200),
  text: z
    .string({ message: 'explain why you contest the decision' })
    .trim()
    .min(20, 'explain why you contest the decision (20 characters at least)')
    .max(10_000, 'at most 10,000 characters'),
  language: z.enum(['fr', 'en']).optional(),
});
export type ComplaintInput = z.infer<typeof complaintInput>;
