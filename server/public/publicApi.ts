// POST /public/dsa-notices and /public/dsa-complaints: the JSON intake (no login, rate limited), and the pages' stylesheet.
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import type { Knex } from 'knex';
import { ApiError, notFound } from '../http/errors.ts';
import { ROOT } from '../paths.ts';
import { controlCharacterGuard } from '../http/controlCharacters.ts';
import { requestFacts } from '../http/requestContext.ts';
import { submitComplaint, submitNotice } from '../services/dsaIntake.ts';

export const ASSETS_DIR = path.join(ROOT, 'server/public/assets');

export interface IntakeRouterOptions {
  bodyLimit: string;
  noticeLimiter: RequestHandler;
  complaintLimiter: RequestHandler;
}

const requireJson: RequestHandler = (req, _res, next) =>
  next(req.is('application/json') ? undefined : new ApiError(415, 'unsupported_media_type', 'Send the body as application/json'));

/** Mounted at /public. Errors are left to the app's handler, which answers {message, code, errors}. */
export function publicApiRouter(db: Knex, { bodyLimit, noticeLimiter, complaintLimiter }: IntakeRouterOptions): Router {
  const router = express.Router();
  router.use('/assets', express.static(ASSETS_DIR, { index: false, maxAge: '1h', fallthrough: false }));
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const json = express.json({ limit: bodyLimit });

  router.post('/dsa-notices', noticeLimiter, requireJson, json, controlCharacterGuard, async (req, res) => {
    const { reference, receivedAt, acknowledged } = await submitNotice(db, req.body, requestFacts(req));
    res.status(201).json({ reference, receivedAt, acknowledged });
  });
  router.post('/dsa-complaints', complaintLimiter, requireJson, json, controlCharacterGuard, async (req, res) => {
    const { reference, receivedAt, deadlineAt } = await submitComplaint(db, req.body, requestFacts(req));
    res.status(201).json({ reference, receivedAt, deadlineAt });
  });
  router.use((_req, _res, next) => next(notFound('No such public endpoint')));
  return router;
}
