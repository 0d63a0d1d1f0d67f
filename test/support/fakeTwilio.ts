// A local fake of the part of Twilio's API we use, for the SMS tests: the real `twilio` SDK talks to it
// (server/outbox/sms.ts points the SDK's RequestClient at its base URL). It implements
// `POST /2010-04-01/Accounts/{sid}/Messages.json` (basic auth, form-encoded, Twilio's JSON answer) and
// sends delivery receipts and inbound texts signed with the SDK's own getExpectedTwilioSignature.
// A test scripts the next answers: accepted, the opted-out refusal (400, code 21610), a server error.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import twilio from 'twilio';

export type Behaviour = 'ok' | 'opted_out' | 'server_error';
export interface FakeSms {
  sid: string;
  to: string;
  from: string | undefined;
  messagingServiceSid: string | undefined;
  body: string;
  statusCallback: string | undefined;
}
export interface FakeTwilio {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  script: Behaviour[];
  sent: FakeSms[];
  calls: { status: number }[];
  /** Posts a signed form to our webhook (`url` is the URL Twilio would call: PUBLIC_URL + path). */
  post(url: string, params: Record<string, string>, options?: { signWith?: string; signedUrl?: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function startFakeTwilio(): Promise<FakeTwilio> {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const fake = { script: [] as Behaviour[], sent: [] as FakeSms[], calls: [] as { status: number }[] };
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.post('/2010-04-01/Accounts/:sid/Messages.json', (req, res) => {
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (req.params.sid !== accountSid || req.get('authorization') !== expected) {
      fake.calls.push({ status: 401 });
      res.status(401).json({ code: 20003, message: 'Authenticate', status: 401 });
      return;
    }
    const behaviour = fake.script.shift() ?? 'ok';
    if (behaviour === 'server_error') {
      fake.calls.push({ status: 500 });
      res.status(500).json({ code: 20500, message: 'Internal Server Error', status: 500 });
      return;
    }
    if (behaviour === 'opted_out') {
      fake.calls.push({ status: 400 });
      res.status(400).json({
        code: 21610,
        message: 'Attempt to send to unsubscribed recipient',
        more_info: 'https://www.twilio.com/docs/errors/21610',
        status: 400,
      });
      return;
    }
    const sms: FakeSms = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      to: req.body.To,
      from: req.body.From,
      messagingServiceSid: req.body.MessagingServiceSid,
      body: req.body.Body,
      statusCallback: req.body.StatusCallback,
    };
    fake.sent.push(sms);
    fake.calls.push({ status: 201 });
    res.status(201).json({
      sid: sms.sid,
      account_sid: accountSid,
      to: sms.to,
      from: sms.from ?? null,
      messaging_service_sid: sms.messagingServiceSid ?? null,
      body: sms.body,
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      date_created: new Date().toUTCString(),
      uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sms.sid}.json`,
    });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    baseUrl,
    accountSid,
    authToken,
    post: (url: string, params: Record<string, string>, options: { signWith?: string; signedUrl?: string } = {}) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilio.getExpectedTwilioSignature(options.signWith ?? authToken, options.signedUrl ?? url, params),
        },
        body: new URLSearchParams(params).toString(),
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
