// Notices to customers (GCU §10.1: interruptions announced; GCS §10.2: changes announced in advance, the
// customer may terminate within 30 days; GCS §16: a change never applies to plans already bought).
// docs/ACCOUNTS.md "Notices". Pure rules.
import { parisDate } from '../calendar.ts';
import { addDays } from '../refunds/clocks.ts';

export interface NoticeDraft {
  kind: 'interruption' | 'terms_change' | 'other';
  subjectFr: string;
  bodyFr: string;
  subjectEn: string;
  bodyEn: string;
  audience: 'all_active' | 'active_plan_country' | 'open_refund';
  country?: string | null;
  effectiveOn?: string | null;
}

export interface NoticeProblem {
  field: keyof NoticeDraft;
  code: string;
  message: string;
}

/**
 * A notice can go out on `today` (a Paris date): both languages written; a country for the
 * country audience; a terms change names its effective date at least `termsMinDays` days ahead
 * (the customer's 30 days to terminate run before the change applies); an interruption's date, when
 * given, is not in the past. Checked when composed and again when sent (time passes in between).
 */
export function noticeProblem(d: NoticeDraft, now: Date, termsMinDays: number): NoticeProblem | null {
  for (const field of ['subjectFr', 'bodyFr', 'subjectEn', 'bodyEn'] as const)
    if (!d[field] || d[field].trim() === '')
      return { field, code: 'notice_text_missing', message: 'A notice is written in French and in English: subject and text in both' };
  if (d.audience === 'active_plan_country' && !/^[A-Z]{2}$/.test(d.country ?? ''))
    return {
      field: 'country',
      code: 'notice_country_missing',
      message: 'Name the country (ISO code) whose active plans receive the notice',
    };
  const today = parisDate(now);
  if (d.kind === 'terms_change') {
    if (!d.effectiveOn)
      return { field: 'effectiveOn', code: 'notice_effective_date_missing', message: 'A change of the terms says when it takes effect' };
    const earliest = addDays(today, termsMinDays);
    if (d.effectiveOn < earliest)
      return {
        field: 'effectiveOn',
        code: 'notice_too_late',
        message: `A change of the terms is announced at least ${termsMinDays} days ahead: effective on ${earliest} at the earliest`,
      };
  } else if (d.effectiveOn && d.effectiveOn < today)
    return { field: 'effectiveOn', code: 'notice_date_past', message: `The date ${d.effectiveOn} is already past` };
  return null;
}

/** The words a customer reads, in their language (French unless the account says English). */
export function noticeText(
  d: Pick<NoticeDraft, 'kind' | 'subjectFr' | 'bodyFr' | 'subjectEn' | 'bodyEn' | 'effectiveOn'>,
  locale: string,
): { subject: string; body: string } {
  const en = locale === 'en';
  const text = en ? { subject: d.subjectEn, body: d.bodyEn } : { subject: d.subjectFr, body: d.bodyFr };
  // A change of the terms always says when it applies and that the customer may terminate (GCS §10.2).
  if (d.kind === 'terms_change' && d.effectiveOn)
    text.body += en
      ? `\n\nThese changes take effect on ${d.effectiveOn}. They do not apply to plans already bought. You may terminate your contract at no cost within 30 days by replying to this message.`
      : `\n\nCes modifications entrent en vigueur le ${d.effectiveOn}. Elles ne s'appliquent pas aux forfaits déjà achetés. Vous pouvez résilier votre contrat sans frais dans un délai de 30 jours en répondant à ce message.`;
  return text;
}
