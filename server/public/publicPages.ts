// GET|POST /report-illegal-content and /dsa-complaint: the HTML forms, working without JavaScript.
// A valid submission is answered 303 to its receipt page (Post/Redirect/Get); an invalid one re-renders the form.
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { Knex } from 'knex';
import { ApiError } from '../http/errors.ts';
import { refuseControlCharacters } from '../http/controlCharacters.ts';
import { requestFacts } from '../http/requestContext.ts';
import { submitComplaint, submitNotice } from '../services/dsaIntake.ts';
import { complaintForm, complaintPage, complaintReceivedPage, complaintRequest } from './complaintPage.ts';
import { fieldErrors } from './fieldErrors.ts';
import { asFormBody } from './formValues.ts';
import { pageLanguage, withLanguage } from './language.ts';
import { messagePage } from './layout.ts';
import { COMPLAINT_PATH, EMPTY_NOTICE, NOTICE_PATH, noticeForm, noticePage, noticeReceivedPage, noticeRequest } from './noticePage.ts';
import type { IntakeRouterOptions } from './publicApi.ts';
import { complaintReceipt, noticeReceipt } from './receipts.ts';
import { WORDS } from './texts.ts';

const sendPage = (res: Response, status: number, body: string) => {
  res.status(status).type('html').send(body);
};

/** A refusal the person can fix in the form (bad field, unknown reference, closed window…), as opposed to a failure. */
const fixable = (err: unknown): err is ApiError => err instanceof ApiError && [400, 409, 422].includes(err.status);

export function publicPagesRouter(db: Knex, { bodyLimit, noticeLimiter, complaintLimiter }: IntakeRouterOptions): Router {
  const router = express.Router();
  router.use([NOTICE_PATH, COMPLAINT_PATH], (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const form = express.urlencoded({ extended: false, limit: bodyLimit, parameterLimit: 50 });

  router.get(NOTICE_PATH, (req, res) => {
    sendPage(res, 200, noticePage(pageLanguage(req), EMPTY_NOTICE));
  });
  router.post(NOTICE_PATH, noticeLimiter, form, async (req, res, next) => {
    const lang = pageLanguage(req);
    const values = noticeForm(asFormBody(req.body));
    const { body, locationLines } = noticeRequest(values, lang);
    try {
      refuseControlCharacters(req.body);
      const { reference } = await submitNotice(db, body, requestFacts(req));
      res.redirect(303, withLanguage(`${NOTICE_PATH}/received/${reference}`, lang));
    } catch (err) {
      if (!fixable(err)) return next(err);
      sendPage(res, err.status, noticePage(lang, values, fieldErrors(err, lang, locationLines)));
    }
  });
  router.get(`${NOTICE_PATH}/received/:reference`, async (req, res) => {
    const lang = pageLanguage(req);
    const receipt = await noticeReceipt(db, req.params.reference);
    if (!receipt) return notFoundPage(req, res, NOTICE_PATH);
    sendPage(res, 200, noticeReceivedPage(lang, receipt));
  });

  router.get(COMPLAINT_PATH, (req, res) => {
    const reference = typeof req.query.reference === 'string' ? req.query.reference.slice(0, 100) : '';
    sendPage(res, 200, complaintPage(pageLanguage(req), { reference, email: '', name: '', text: '' }));
  });
  router.post(COMPLAINT_PATH, complaintLimiter, form, async (req, res, next) => {
    const lang = pageLanguage(req);
    const values = complaintForm(asFormBody(req.body));
    try {
      refuseControlCharacters(req.body);
      const { reference } = await submitComplaint(db, complaintRequest(values, lang), requestFacts(req));
      res.redirect(303, withLanguage(`${COMPLAINT_PATH}/received/${reference}`, lang));
    } catch (err) {
      if (!fixable(err)) return next(err);
      sendPage(res, err.status, complaintPage(lang, values, fieldErrors(err, lang)));
    }
  });
  router.get(`${COMPLAINT_PATH}/received/:reference`, async (req, res) => {
    const receipt = await complaintReceipt(db, req.params.reference);
    if (!receipt) return notFoundPage(req, res, COMPLAINT_PATH);
    sendPage(res, 200, complaintReceivedPage(pageLanguage(req), receipt));
  });

  router.use(pageErrors);
  return router;
}

function notFoundPage(req: Request, res: Response, formPath: string) {
  const lang = pageLanguage(req);
  const w = WORDS[lang];
  sendPage(res, 404, messagePage({ lang, title: w.notFoundTitle, back: withLanguage(formPath, lang) }, w.notFound));
}

/** Errors of these pages, as pages: a body over the limit (413), too many submissions (429), unreadable input, our failures. */
const pageErrors: ErrorRequestHandler = (err, req, res, _next) => {
  const lang = pageLanguage(req);
  const w = WORDS[lang];
  const back = withLanguage(req.path.startsWith(COMPLAINT_PATH) ? COMPLAINT_PATH : NOTICE_PATH, lang);
  res.set('Cache-Control', 'no-store');
  if (err?.type === 'entity.too.large') {
    return sendPage(res, 413, messagePage({ lang, title: w.tooLargeTitle, back }, w.tooLarge(humanSize(Number(err.limit)))));
  }
  if (err instanceof ApiError && err.code === 'rate_limited') {
    const minutes = Math.max(1, Math.ceil(Number(res.getHeader('Retry-After') ?? 60) / 60));
    return sendPage(res, 429, messagePage({ lang, title: w.tooManyTitle, back }, w.tooMany(minutes)));
  }
  const status = err instanceof ApiError ? err.status : Number(err?.status);
  if (status >= 400 && status < 500) return sendPage(res, status, messagePage({ lang, title: w.badRequestTitle, back }, w.badRequest));
  req.log?.error({ err }, 'public DSA page failed');
  sendPage(res, 500, messagePage({ lang, title: w.brokenTitle, back }, w.broken(String(req.id ?? ''))));
};

const humanSize = (bytes: number) => (Number.isFinite(bytes) ? `${Math.round(bytes / 1024)} KB` : '100 KB');
