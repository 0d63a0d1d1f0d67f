// The public complaint form (Art. 20: contest a decision) and its receipt, as HTML.
import type { FieldErrors } from './fieldErrors.ts';
import { errorSummary, textArea, textInput } from './formControls.ts';
import { text, type FormBody } from './formValues.ts';
import { html } from './html.ts';
import { withLanguage, type Lang } from './language.ts';
import { page } from './layout.ts';
import { COMPLAINT_PATH, formatDateTime, NOTICE_PATH } from './noticePage.ts';
import { WORDS } from './texts.ts';

export interface ComplaintForm {
  reference: string;
  email: string;
  name: string;
  text: string;
}

const FIELD_ORDER = ['reference', 'email', 'name', 'text'];

export function complaintForm(body: FormBody): ComplaintForm {
  return { reference: text(body, 'reference'), email: text(body, 'email'), name: text(body, 'name'), text: text(body, 'text') };
}

export const complaintRequest = (form: ComplaintForm, lang: Lang): Record<string, unknown> => ({ ...form, language: lang });

export function complaintPage(lang: Lang, form: ComplaintForm, errors: FieldErrors = new Map()): string {
  const w = WORDS[lang];
  const field = (name: string, label: string, hint?: string, need: 'required' | 'optional' = 'required') => ({
    name,
    label,
    hint,
    need,
    errors: errors.get(name),
    words: w,
  });
  return page(
    { lang, title: w.complaintTitle, path: COMPLAINT_PATH, hasErrors: errors.size > 0 },
    html`
${errorSummary(errors, FIELD_ORDER, w)}
<h1>${w.complaintTitle}</h1>
<p class="lead">${w.complaintIntro}</p>
<form method="post" action="${withLanguage(COMPLAINT_PATH, lang)}" novalidate accept-charset="utf-8">
${textInput({ ...field('reference', w.reference, w.referenceHint), value: form.reference, spellcheck: false })}
${textInput({ ...field('email', w.email, w.emailHint), value: form.email, type: 'email', autocomplete: 'email', spellcheck: false })}
${textInput({ ...field('name', w.name, undefined, 'optional'), value: form.name, autocomplete: 'name' })}
${textArea({ ...field('text', w.text, w.textHint), value: form.text, rows: 8 })}
<button type="submit" class="button">${w.submitComplaint}</button>
</form>`,
  );
}

export interface ComplaintReceipt {
  reference: string;
  receivedAt: string;
}

export function complaintReceivedPage(lang: Lang, receipt: ComplaintReceipt): string {
  const w = WORDS[lang];
  return page(
    { lang, title: w.complaintReceivedTitle, path: `${COMPLAINT_PATH}/received/${receipt.reference}` },
    html`
<div class="panel" role="status">
<h1>${w.complaintReceivedTitle}</h1>
<p>${w.yourReference}<br><strong class="reference">${receipt.reference}</strong></p>
</div>
<dl class="facts"><dt>${w.receivedOn}</dt><dd><time datetime="${receipt.receivedAt}">${formatDateTime(receipt.receivedAt, lang)}</time></dd></dl>
<p>${w.complaintAcknowledged}</p>
<p><a href="${withLanguage(NOTICE_PATH, lang)}">${w.noticeTitle}</a></p>`,
  );
}
