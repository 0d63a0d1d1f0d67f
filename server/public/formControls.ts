// Accessible form controls: a label for each, hints and errors tied with aria-describedby, values escaped.
import { html, type SafeHtml } from './html.ts';
import { FORM_LEVEL, type FieldErrors } from './fieldErrors.ts';
import type { Words } from './texts.ts';

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** `required` sets the attribute (the form is `novalidate`: the server checks); `optional` marks the label; `conditional` neither (the hint says when). */
  need: 'required' | 'optional' | 'conditional';
  words: Words;
}

const describedBy = ({ name, hint, errors }: FieldProps) =>
  [hint ? `${name}-hint` : '', errors?.length ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : html` ${name}="${value}"`);

const optionalMark = (p: FieldProps) => (p.need === 'optional' ? html` <span class="optional">${p.words.optional}</span>` : '');

function labelAndHelp(p: FieldProps): SafeHtml {
  return html`<label class="label" for="${p.name}">${p.label}${optionalMark(p)}</label>
${p.hint ? html`<p class="hint" id="${p.name}-hint">${p.hint}</p>` : ''}
${errorMessage(p)}`;
}

function errorMessage(p: FieldProps): SafeHtml | '' {
  if (!p.errors?.length) return '';
  return html`<p class="error-message" id="${p.name}-error">${p.errors.map((e, i) => html`${i ? html`<br>` : ''}<span class="visually-hidden">${p.words.errorPrefix} </span>${e}`)}</p>`;
}

const groupClass = (p: FieldProps) => (p.errors?.length ? 'field field-error' : 'field');
const common = (p: FieldProps) =>
  html` id="${p.name}" name="${p.name}"${p.need === 'required' ? html` required` : ''}${p.errors?.length ? html` aria-invalid="true"` : ''}${attr('aria-describedby', describedBy(p))}`;

export function textInput(
  p: FieldProps & { value: string; type?: 'text' | 'email'; autocomplete?: string; spellcheck?: boolean },
): SafeHtml {
  return html`<div class="${groupClass(p)}">
${labelAndHelp(p)}
<input class="input" type="${p.type ?? 'text'}"${common(p)} value="${p.value}"${attr('autocomplete', p.autocomplete)}${p.spellcheck === false ? html` spellcheck="false"` : ''}>
</div>`;
}

export function textArea(p: FieldProps & { value: string; rows: number; spellcheck?: boolean }): SafeHtml {
  // The newline after <textarea> is dropped by the parser; it keeps a value that starts with one intact.
  return html`<div class="${groupClass(p)}">
${labelAndHelp(p)}
<textarea class="textarea"${common(p)} rows="${p.rows}"${p.spellcheck === false ? html` spellcheck="false"` : ''}>
${p.value}</textarea>
</div>`;
}

export function select(p: FieldProps & { value: string; placeholder: string; options: { value: string; label: string }[] }): SafeHtml {
  return html`<div class="${groupClass(p)}">
${labelAndHelp(p)}
<select class="select"${common(p)}>
<option value="">${p.placeholder}</option>
${p.options.map((o) => html`<option value="${o.value}"${o.value === p.value ? html` selected` : ''}>${o.label}</option>\n`)}</select>
</div>`;
}

export function checkbox(p: FieldProps & { checked: boolean }): SafeHtml {
  return html`<div class="${groupClass(p)} checkbox">
${errorMessage(p)}
<input type="checkbox"${common(p)} value="yes"${p.checked ? html` checked` : ''}>
<label for="${p.name}">${p.label}</label>
${p.hint ? html`<p class="hint" id="${p.name}-hint">${p.hint}</p>` : ''}
</div>`;
}

export function fieldset(legend: string, children: SafeHtml[], hint?: { id: string; text: string }): SafeHtml {
  return html`<fieldset class="fieldset"${attr('aria-describedby', hint?.id)}>
<legend class="legend">${legend}</legend>
${hint ? html`<p class="hint" id="${hint.id}">${hint.text}</p>` : ''}
${children}
</fieldset>`;
}

/**
 * The list of problems at the top, each linking to its field (GOV.UK pattern). Focused on load by
 * `autofocus` (no script needed), so keyboard and screen-reader users start there.
 */
export function errorSummary(errors: FieldErrors, fieldOrder: string[], words: Words): SafeHtml | '' {
  if (!errors.size) return '';
  const ordered = [FORM_LEVEL, ...fieldOrder].flatMap((field) => (errors.get(field) ?? []).map((message) => ({ field, message })));
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${words.errorSummaryTitle}</h2>
<ul>
${ordered.map(({ field, message }) => html`<li>${field === FORM_LEVEL ? message : html`<a href="#${field}">${message}</a>`}</li>\n`)}</ul>
</div>`;
}
