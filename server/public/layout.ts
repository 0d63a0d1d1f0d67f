// The shell of every public page: language, title, skip link, language switch, one stylesheet, no script.
import { html, type SafeHtml } from './html.ts';
import { otherLanguage, withLanguage, type Lang } from './language.ts';
import { WORDS } from './texts.ts';

export const STYLESHEET = '/public/assets/public.css';

export interface PageOptions {
  lang: Lang;
  title: string;
  /** The page in the other language (the switch link); omitted where switching would lose what was sent. */
  path?: string;
  /** Prefixes the title with "Error:" so screen readers hear it first. */
  hasErrors?: boolean;
}

export function page({ lang, title, path, hasErrors = false }: PageOptions, main: SafeHtml): string {
  const w = WORDS[lang];
  const other = otherLanguage(lang);
  return html`<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hasErrors ? w.titlePrefixOnError : ''}${title} — Kolet</title>
<link rel="stylesheet" href="${STYLESHEET}">
</head>
<body>
<a class="skip-link" href="#main">${w.skipLink}</a>
<header class="site-header">
<p class="brand">Kolet</p>
${path ? html`<nav aria-label="${w.languageNav}"><a href="${withLanguage(path, other)}" hreflang="${other}" lang="${other}">${w.switchTo}</a></nav>` : ''}
</header>
<main id="main">
${main}
</main>
<footer class="site-footer"><p>${w.footer}</p></footer>
</body>
</html>
`.markup;
}

/** A page that only says something (errors outside a form, a receipt not found). */
export function messagePage(options: PageOptions & { back?: string }, text: string): string {
  const w = WORDS[options.lang];
  return page(
    options,
    html`<h1>${options.title}</h1>
<p>${text}</p>
${options.back ? html`<p><a href="${options.back}">${w.backToForm}</a></p>` : ''}`,
  );
}
