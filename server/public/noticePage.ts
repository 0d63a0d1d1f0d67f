// The public notice form (Art. 16(1)-(2)) and its receipt, as HTML.
import { categoryOptions } from './categories.ts';
import { memberStateOptions } from './countries.ts';
import type { FieldErrors } from './fieldErrors.ts';
import { checkbox, errorSummary, fieldset, select, textArea, textInput } from './formControls.ts';
import { lines, text, ticked, type FormBody } from './formValues.ts';
import { html } from './html.ts';
import { withLanguage, type Lang } from './language.ts';
import { page } from './layout.ts';
import { WORDS } from './texts.ts';

export const NOTICE_PATH = '/report-illegal-content';
export const COMPLAINT_PATH = '/dsa-complaint';

export interface NoticeForm {
  category: string;
  explanation: string;
  locations: string;
  legalGround: string;
  memberState: string;
  notifierName: string;
  notifierEmail: string;
  threatToLife: boolean;
  goodFaith: boolean;
}

/** The fields in page order: the error summary lists problems in this order. */
const FIELD_ORDER = [
  'category',
  'explanation',
  'locations',
  'legalGround',
  'memberState',
  'notifierName',
  'notifierEmail',
  'threatToLife',
  'goodFaith',
];

export const EMPTY_NOTICE: NoticeForm = {
  category: '',
  explanation: '',
  locations: '',
  legalGround: '',
  memberState: '',
  notifierName: '',
  notifierEmail: '',
  threatToLife: false,
  goodFaith: false,
};

export function noticeForm(body: FormBody): NoticeForm {
  return {
    category: text(body, 'category'),
    explanation: text(body, 'explanation'),
    locations: text(body, 'locations'),
    legalGround: text(body, 'legalGround'),
    memberState: text(body, 'memberState'),
    notifierName: text(body, 'notifierName'),
    notifierEmail: text(body, 'notifierEmail'),
    threatToLife: ticked(body, 'threatToLife'),
    goodFaith: ticked(body, 'goodFaith'),
  };
}

/** The form as the JSON notice submitNotice validates; `locationLines` maps each location back to its textarea line. */
export function noticeRequest(form: NoticeForm, lang: Lang): { body: Record<string, unknown>; locationLines: number[] } {
  const { items, lineNumbers } = lines(form.locations);
  return {
    body: {
      category: form.category,
      explanation: form.explanation,
      locations: items,
      legalGround: form.legalGround,
      memberState: form.memberState,
      notifierName: form.notifierName,
      notifierEmail: form.notifierEmail,
      threatToLife: form.threatToLife,
      ...(form.goodFaith ? { goodFaith: true } : {}),
      language: lang,
    },
    locationLines: lineNumbers,
  };
}

export function noticePage(lang: Lang, form: NoticeForm, errors: FieldErrors = new Map()): string {
  const w = WORDS[lang];
  const field = (name: string, label: string, hint?: string, need: 'required' | 'optional' | 'conditional' = 'required') => ({
    name,
    label,
    hint,
    need,
    errors: errors.get(name),
    words: w,
  });
  return page(
    { lang, title: w.noticeTitle, path: NOTICE_PATH, hasErrors: errors.size > 0 },
    html`
${errorSummary(errors, FIELD_ORDER, w)}
<h1>${w.noticeTitle}</h1>
<p class="lead">${w.noticeIntro}</p>
<form method="post" action="${withLanguage(NOTICE_PATH, lang)}" novalidate accept-charset="utf-8">
${fieldset(w.contentLegend, [
  select({ ...field('category', w.category), value: form.category, placeholder: w.choose, options: categoryOptions(lang) }),
  textArea({ ...field('explanation', w.explanation, w.explanationHint), value: form.explanation, rows: 8 }),
  textArea({ ...field('locations', w.locations, w.locationsHint), value: form.locations, rows: 4, spellcheck: false }),
  textInput({ ...field('legalGround', w.legalGround, w.legalGroundHint, 'optional'), value: form.legalGround }),
  select({
    ...field('memberState', w.memberState, undefined, 'optional'),
    value: form.memberState,
    placeholder: w.memberStateNone,
    options: memberStateOptions(lang),
  }),
])}
${fieldset(
  w.youLegend,
  [
    textInput({ ...field('notifierName', w.notifierName, undefined, 'conditional'), value: form.notifierName, autocomplete: 'name' }),
    textInput({
      ...field('notifierEmail', w.notifierEmail, w.notifierEmailHint, 'conditional'),
      value: form.notifierEmail,
      type: 'email',
      autocomplete: 'email',
      spellcheck: false,
    }),
  ],
  { id: 'you-hint', text: w.youHint },
)}
${fieldset(w.declarationsLegend, [
  checkbox({ ...field('threatToLife', w.threatToLife, w.threatToLifeHint, 'conditional'), checked: form.threatToLife }),
  checkbox({ ...field('goodFaith', w.goodFaith), checked: form.goodFaith }),
])}
<button type="submit" class="button">${w.submitNotice}</button>
</form>`,
  );
}

export interface NoticeReceipt {
  reference: string;
  receivedAt: string;
  acknowledged: boolean;
}

export function noticeReceivedPage(lang: Lang, receipt: NoticeReceipt): string {
  const w = WORDS[lang];
  return page(
    { lang, title: w.noticeReceivedTitle, path: `${NOTICE_PATH}/received/${receipt.reference}` },
    html`
<div class="panel" role="status">
<h1>${w.noticeReceivedTitle}</h1>
<p>${w.yourReference}<br><strong class="reference">${receipt.reference}</strong></p>
</div>
<dl class="facts"><dt>${w.receivedOn}</dt><dd><time datetime="${receipt.receivedAt}">${formatDateTime(receipt.receivedAt, lang)}</time></dd></dl>
<p>${receipt.acknowledged ? w.acknowledgementSent : w.noAcknowledgement}</p>
<p>${w.complaintRoute} <a href="${withLanguage(COMPLAINT_PATH, lang)}">${w.complaintLink}</a>.</p>
<p><a href="${withLanguage(NOTICE_PATH, lang)}">${w.anotherNotice}</a></p>`,
  );
}

/** Paris time: the seller's, and the one the acknowledgement e-mail implies. */
export const formatDateTime = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
    timeZoneName: 'short',
  }).format(new Date(iso));
