import { z } from 'zod';
import { ACTIONS } from './actions/index.ts';
import { loginBody } from './auth/routes.ts';
import { integrationSchemas } from './integration/routes.ts';
import { conversationSchemas } from './integration/conversations.ts';
import { USAGE_BATCH_BODY_LIMIT, USAGE_BATCH_MAX, usageBatchRecord } from './integration/usageBatch.ts';
import { complaintSchema } from './integration/complaints.ts';
import { alertRuleSchemas } from './integration/alertRules.ts';
import { complaintInput, noticeInput } from './domain/dsa/noticeRules.ts';
import { actionGrant, isOffered, RESOURCE_ACCESS, type ResourceName } from './domain/permissions.ts';
import type { FieldDef } from './rest/fields.ts';
import { SEARCH_BOUND, TOTAL_BOUND } from './rest/listTotal.ts';
import { RESOURCE_DEFS } from './rest/resources/index.ts';

type Schema = Record<string, unknown>;

const INTEGRATION_SUMMARIES: Record<keyof typeof integrationSchemas, string> = {
  accounts: 'A customer registers; transfers waiting for the e-mail are delivered in the same transaction',
  transfers: 'A customer sends data to an e-mail (seed 000 rules; 422 names the rule refused)',
  reviews: 'A customer rates the app or an order (1–5 stars): published when received; flagged when more than a month after collection',
  'review-update': 'The author edits the rating or the comment of a published review; the update date is shown (PUT)',
  'review-reports': 'A logged-in customer reports a review with a reason; the moderation queue shows it',
  orders:
    'A customer buys a plan: the order, its account plan (pending), the data through the ledger (a bonus as gifted data), default alert rules; a code (promotion or sponsor) works in the app only, with phone and departure date, never in the home market; an unavailable country is refused',
  install:
    "The plan's eSIM is installed on a device; an active plan moves to a new eSIM after a change of device (the old one is marked removed)",
  activate: 'The plan is activated: its validity starts (refused after the one-year deadline or while data is blocked)',
  usage:
    'The network reports usage on a plan: refused when blocked; what the plan holds is charged, the rest (past the data or the validity) recorded as overshoot; consumption alerts fire once per threshold',
  'refund-requests': 'A customer asks for a refund by e-mail (the support system forwards it): one open request per order',
};

const jsonSchema = (s: z.ZodType): Schema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Schema;
  return rest;
};

function fieldSchema(d: FieldDef): Schema {
  switch (d.type) {
    case 'int':
      return { type: ['integer', 'null'] };
    case 'bool':
      return { type: ['boolean', 'null'] };
    case 'timestamp':
      return { type: ['string', 'null'], format: 'date-time' };
    case 'date':
      return { type: ['string', 'null'], format: 'date' };
    case 'enum':
      return { type: ['string', 'null'], enum: [...d.values!, null] };
    case 'json':
      return {};
    default:
      return { type: ['string', 'null'] };
  }
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const ERRORS = {
  400: errorResponse('Bad input (the field is named)'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Role not allowed'),
  404: errorResponse('Not found'),
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ 'application/json': { schema } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const body = (properties: Record<string, Schema>, required: string[]) => ({
  required: true,
  content: json({ type: 'object', properties, required }),
});
const text = { type: 'string' };

/** The sign-in steps after the password and the signed-in person's own security (docs/OPERATIONS.md "Two-factor sign-in"). */
function authSteps(): Record<string, Schema> {
  const post = (summary: string, requestBody: Schema | undefined, ok: string) => ({
    post: {
      tags: ['auth'],
      summary,
      ...(requestBody ? { requestBody } : {}),
      responses: {
        200: { description: ok },
        400: ERRORS[400],
        401: errorResponse('Not signed in, wrong code, or the sign-in expired'),
        422: errorResponse('A rule refused it'),
        429: errorResponse('Too many failed attempts from this address'),
      },
    },
  });
  return {
    '/api/auth/second-factor': post(
      "The second sign-in step: the app's six-digit code or a recovery code; sets the session cookie",
      body({ challenge: text, code: text, recoveryCode: text }, ['challenge']),
      'Signed in (Me, with recoveryCodesLeft)',
    ),
    '/api/auth/enrolment': post(
      'Set-up at sign-in (required for the role): a new secret, its otpauth:// URL and QR code',
      body({ challenge: text }, ['challenge']),
      '{secret, otpauthUrl, qrCode}',
    ),
    '/api/auth/enrolment/confirm': post(
      'The first code confirms the set-up; sets the session cookie',
      body({ challenge: text, code: text }, ['challenge', 'code']),
      'Signed in (Me, with recoveryCodes shown once)',
    ),
    '/api/auth/two-factor': {
      get: {
        tags: ['auth'],
        summary: "The signed-in person's second factor",
        responses: { 200: { description: '{enabled, required, recoveryCodesLeft}' }, 401: ERRORS[401] },
      },
    },
    '/api/auth/two-factor/setup': post(
      'Set up a second factor from the console (the password again)',
      body({ password: text }, ['password']),
      '{secret, otpauthUrl, qrCode}',
    ),
    '/api/auth/two-factor/confirm': post('Confirm the set-up with a first code', body({ code: text }, ['code']), '{recoveryCodes}'),
    '/api/auth/two-factor/recovery-codes': post(
      'New recovery codes (the old ones stop working)',
      body({ code: text }, ['code']),
      '{recoveryCodes}',
    ),
    '/api/auth/two-factor/disable': post(
      'Turn the second factor off (not when the role requires it)',
      body({ password: text, code: text }, ['password', 'code']),
      '{enabled: false}',
    ),
    '/api/auth/password': post(
      "Change one's password; every other session of the person ends",
      body({ currentPassword: text, newPassword: text }, ['currentPassword', 'newPassword']),
      '{otherSessionsEnded}',
    ),
  };
}

/** The OpenAPI 3.1 document of every endpoint, generated from the same definitions and zod schemas the server runs. */
export function openApiDocument(): Schema {
  const schemas: Record<string, Schema> = {
    Error: {
      type: 'object',
      required: ['message', 'code'],
      properties: {
        message: { type: 'string' },
        code: { type: 'string' },
        errors: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    Login: jsonSchema(loginBody),
    Me: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        email: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'array', items: { type: 'string' } },
        twoFactorEnabled: { type: 'boolean' },
        twoFactorRequiredRoles: { type: 'array', items: { type: 'string' } },
        paymentProvider: { type: 'string', enum: ['manual', 'stripe'], description: 'GET /api/auth/me only: how refunds are paid out' },
      },
    },
  };
  const paths: Record<string, Schema> = {
    '/api/auth/login': {
      post: {
        tags: ['auth'],
        summary: 'Staff sign-in; sets the session cookie',
        requestBody: { required: true, content: json(ref('Login')) },
        responses: {
          200: {
            description: 'Signed in (Me), or {secondFactor: "required" | "enrolment_required", challenge} when a second step follows',
            content: json(ref('Me')),
          },
          401: errorResponse('Wrong e-mail or password'),
          429: errorResponse('Too many failed sign-ins of this login from this address, or from this address'),
        },
      },
    },
    '/api/auth/logout': { post: { tags: ['auth'], summary: 'Ends the session', responses: { 204: { description: 'Signed out' } } } },
    ...authSteps(),
    '/api/auth/me': {
      get: {
        tags: ['auth'],
        summary: 'The signed-in staff member',
        responses: { 200: { description: 'Identity', content: json(ref('Me')) }, 401: ERRORS[401] },
      },
    },
    '/api/audit-log/verify': {
      get: {
        tags: ['audit-log'],
        summary: 'Verifies the audit hash chain (admin)',
        responses: {
          200: {
            description: 'Verdict',
            content: json({
              type: 'object',
              properties: {
                ok: { type: 'boolean' },
                checked: { type: 'integer' },
                firstBrokenId: { type: ['integer', 'null'] },
                message: { type: 'string' },
              },
            }),
          },
        },
      },
    },
  };

  for (const [name, def] of RESOURCE_DEFS) {
    const schemaName = name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
    schemas[schemaName] = {
      type: 'object',
      properties: Object.fromEntries(Object.entries(def.fields).map(([k, d]) => [k, fieldSchema(d)])),
    };
    const sortable = Object.entries(def.fields)
      .filter(([, d]) => d.sortable)
      .map(([k]) => k);
    const filterable = Object.entries(def.fields)
      .filter(([, d]) => d.filterable)
      .map(([k]) => k);
    const roles = (verb: keyof (typeof RESOURCE_ACCESS)[ResourceName]) =>
      `Roles: ${['admin', ...(RESOURCE_ACCESS[name][verb] ?? [])].join(', ')}.`;
    const collection: Schema = {};
    const item: Schema = {};
    if (isOffered(name, 'read')) {
      collection.get = {
        tags: [name],
        summary: `List ${name}`,
        description: `${roles('read')} Sortable: ${sortable.join(', ')}. Filterable (equality, arrays as IN, suffixes _gte _lte _gt _lt _neq): ${filterable.join(', ')}${def.search ? ', q (free text)' : ''}.`,
        parameters: [
          { name: 'sort', in: 'query', schema: { type: 'string' }, example: `["${def.defaultSort[0]}","${def.defaultSort[1]}"]` },
          { name: 'range', in: 'query', schema: { type: 'string' }, example: '[0,24]', description: 'Inclusive; at most 1,000 rows' },
          { name: 'filter', in: 'query', schema: { type: 'string' }, example: '{}' },
        ],
        responses: {
          200: {
            description:
              `A page; header Content-Range: <resource> start-end/total. A total counts at most ${TOTAL_BOUND} matches` +
              ` (${SEARCH_BOUND} with q, whose page is sorted among its first ${SEARCH_BOUND + 1} matches): past that bound` +
              ' the total is the bound, a floor, and the header X-Total-Bounded: true says so',
            content: json({ type: 'array', items: ref(schemaName) }),
          },
          ...ERRORS,
        },
      };
      item.get = {
        tags: [name],
        summary: `One ${name} record`,
        parameters: [idParam],
        responses: { 200: { description: 'The record', content: json(ref(schemaName)) }, ...ERRORS },
      };
    }
    if (def.create && isOffered(name, 'create')) {
      collection.post = {
        tags: [name],
        summary: `Create a ${name} record`,
        description: roles('create'),
        requestBody: { required: true, content: json(jsonSchema(def.create)) },
        responses: { 201: { description: 'Created', content: json(ref(schemaName)) }, ...ERRORS, 409: errorResponse('Duplicate') },
      };
    }
    if (def.update && isOffered(name, 'update')) {
      item.put = {
        tags: [name],
        summary: `Update a ${name} record (send its version)`,
        description: roles('update'),
        parameters: [idParam],
        requestBody: { required: true, content: json(jsonSchema(def.update.extend({ version: z.number().int() }))) },
        responses: { 200: { description: 'Updated', content: json(ref(schemaName)) }, ...ERRORS, 409: errorResponse('Stale version') },
      };
    }
    if (isOffered(name, 'delete')) {
      item.delete = {
        tags: [name],
        summary: `Delete a ${name} record`,
        description: roles('delete'),
        parameters: [idParam],
        responses: {
          200: { description: 'The deleted record', content: json(ref(schemaName)) },
          ...ERRORS,
          409: errorResponse('Still in use'),
        },
      };
    }
    if (Object.keys(collection).length) paths[`/api/${name}`] = collection;
    if (Object.keys(item).length) paths[`/api/${name}/{id}`] = item;
  }

  for (const a of ACTIONS) {
    paths[a.collection ? `/api/${a.resource}/${a.name}` : `/api/${a.resource}/{id}/${a.name}`] = {
      post: {
        tags: [a.resource],
        summary: a.summary,
        description: `Roles: ${['admin', ...(actionGrant(a.resource, a.name) ?? [])].join(', ')}. Idempotency-Key: ${a.idempotencyKey}.`,
        parameters: [
          ...(a.collection ? [] : [idParam]),
          { name: 'Idempotency-Key', in: 'header', required: a.idempotencyKey === 'required', schema: { type: 'string', maxLength: 255 } },
        ],
        requestBody: { required: true, content: json(jsonSchema(a.body)) },
        responses: {
          200: { description: 'Done', content: json({ type: 'object' }) },
          ...ERRORS,
          409: errorResponse('State conflict'),
          422: errorResponse('Business rule refused (code names it)'),
        },
      },
    };
  }

  const INTEGRATION_PATHS: Partial<Record<keyof typeof integrationSchemas, string>> = {
    install: 'account-plans/{id}/install',
    activate: 'account-plans/{id}/activate',
    'review-update': 'reviews/{id}',
  };
  for (const [name, schema] of Object.entries(integrationSchemas)) {
    paths[`/api/integration/${INTEGRATION_PATHS[name as keyof typeof integrationSchemas] ?? name}`] = {
      [name === 'review-update' ? 'put' : 'post']: {
        tags: ['integration'],
        summary: INTEGRATION_SUMMARIES[name as keyof typeof integrationSchemas],
        security: [{ serviceToken: [] }],
        parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
        requestBody: { required: true, content: json(jsonSchema(schema)) },
        responses: {
          201: { description: 'The created record', content: json({ type: 'object' }) },
          400: ERRORS[400],
          401: ERRORS[401],
          409: errorResponse('Conflict (e.g. e-mail taken, key reused)'),
          422: errorResponse(
            'Business rule refused; code names it (account_inactive, source_not_paid, source_unlimited, source_not_active, refund_pending, insufficient_data, amount_not_whole_gb, amount_too_large, self_transfer, invalid_email, promo_app_only, country_unavailable, …)',
          ),
        },
      },
    };
  }
  // The support inbox (docs/CONVERSATIONS.md): the customer's messages, the partner form, the in-app read.
  const CONVERSATION_CALLS: Record<keyof typeof conversationSchemas, [string, string]> = {
    'customer-message': [
      'conversations',
      "A customer writes from the app or the Site: a new conversation (subject), or one more message in theirs (conversationId); at most one link to one of their own orders, plans or transfers (someone else's: 404); a deactivated account: 422 account_inactive",
    ],
    'partner-enquiry': ['partner-enquiries', "A travel professional writes through the Site's partner form (GCU §6.4): no account"],
  };
  for (const [name, schema] of Object.entries(conversationSchemas)) {
    const [path, summary] = CONVERSATION_CALLS[name as keyof typeof conversationSchemas];
    paths[`/api/integration/${path}`] = {
      post: {
        tags: ['integration'],
        summary,
        security: [{ serviceToken: [] }],
        parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
        requestBody: { required: true, content: json(jsonSchema(schema)) },
        responses: {
          201: { description: 'The conversation', content: json({ type: 'object' }) },
          400: ERRORS[400],
          401: ERRORS[401],
          404: errorResponse('No such account, or the linked record or conversation is not theirs'),
          422: errorResponse('Business rule refused; code names it (account_inactive, …)'),
        },
      },
    };
  }
  paths['/api/integration/accounts/{id}/conversations'] = {
    get: {
      tags: ['integration'],
      summary: "The customer's conversations with every message, the team's answers signed Kolet (the app's inbox)",
      security: [{ serviceToken: [] }],
      parameters: [idParam],
      responses: {
        200: { description: 'The conversations, latest first', content: json({ type: 'array' }) },
        400: ERRORS[400],
        401: ERRORS[401],
        404: ERRORS[404],
      },
    },
  };
  paths['/api/integration/usage/batch'] = {
    post: {
      tags: ['integration'],
      summary:
        'The network reports up to 1,000 usage records at once, each with its own record id: one transaction, each record decided as POST /usage would decide it, in the order sent; a record id already stored (a redelivered batch, a record in two batches) is a duplicate, stored once; alerts fire once per threshold',
      security: [{ serviceToken: [] }],
      parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          properties: { records: { type: 'array', minItems: 1, maxItems: USAGE_BATCH_MAX, items: jsonSchema(usageBatchRecord()) } },
          required: ['records'],
          additionalProperties: false,
        }),
      },
      responses: {
        200: {
          description:
            'Per record, in the order sent: recorded (id, chargedMb), duplicate (id of the record stored before) or rejected (code: data_blocked, account_inactive, plan_not_active, occurred_in_future, not_found, record_id_reused; message); the counts; each plan touched with its data left and the alerts fired',
          content: json({
            type: 'object',
            properties: {
              recorded: { type: 'integer' },
              duplicates: { type: 'integer' },
              rejected: { type: 'integer' },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    recordId: { type: 'string' },
                    status: { type: 'string', enum: ['recorded', 'duplicate', 'rejected'] },
                    id: { type: 'integer' },
                    chargedMb: { type: 'integer' },
                    code: { type: 'string' },
                    message: { type: 'string' },
                  },
                  required: ['recordId', 'status'],
                },
              },
              plans: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    accountPlanId: { type: 'integer' },
                    dataRemainingMb: { type: 'integer' },
                    alertsFired: { type: 'integer' },
                  },
                },
              },
            },
          }),
        },
        401: ERRORS[401],
        409: errorResponse('Idempotency-Key reused for another batch, or still in progress'),
        413: errorResponse(`More than ${USAGE_BATCH_MAX} records (code batch_too_large), or a body over ${USAGE_BATCH_BODY_LIMIT}`),
        422: errorResponse(
          'The body is not {records: [...]} (invalid_batch), or a record is malformed (invalid_record: the message and errors name its index, e.g. records.3.mb)',
        ),
      },
    },
  };
  paths['/api/transfers/{id}/fix-preview'] = {
    get: {
      tags: ['transfers'],
      summary: 'What a redirect or reverse would recover now, where it would go, and the suggested intended addresses (support)',
      parameters: [idParam, { name: 'email', in: 'query', required: false, schema: { type: 'string' } }],
      responses: { 200: { description: 'The preview', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/integration/account-plans/{id}'] = {
    get: {
      tags: ['integration'],
      summary:
        'The customer-facing state of a plan: data left and its gifted part, what it can send now (sendableGb) or why not (notSendableBecause.code: refund_pending, source_unlimited, …), and whether a block exists (never why)',
      security: [{ serviceToken: [] }],
      parameters: [idParam],
      responses: { 200: { description: 'The plan state', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  // The customer's own alert rules (server/integration/alertRules.ts): the request names the account; another's plan is 404.
  const accountQuery = { name: 'accountId', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } };
  const ruleParam = { name: 'ruleId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
  const ruleErrors = {
    ...ERRORS,
    409: errorResponse('account_not_active: a deactivated account sets no alerts'),
    422: errorResponse('too_many_alert_rules (a sixth rule), sms_needs_number, invalid_destination'),
  };
  paths['/api/integration/account-plans/{id}/alert-rules'] = {
    get: {
      tags: ['integration'],
      summary: "The plan's alert rules, each with who set it (customer or staff); fairUse when the plan is unlimited",
      security: [{ serviceToken: [] }],
      parameters: [idParam, accountQuery],
      responses: { 200: { description: 'The rules', content: json({ type: 'object' }) }, ...ERRORS },
    },
    post: {
      tags: ['integration'],
      summary: 'The customer adds an alert rule (at most five per plan; e-mail or SMS; an optional second number or address)',
      security: [{ serviceToken: [] }],
      parameters: [idParam],
      requestBody: { required: true, content: json(jsonSchema(alertRuleSchemas.create)) },
      responses: { 201: { description: 'The created rule', content: json({ type: 'object' }) }, ...ruleErrors },
    },
  };
  paths['/api/integration/account-plans/{id}/alert-rules/{ruleId}'] = {
    patch: {
      tags: ['integration'],
      summary: 'The customer changes an alert rule (a changed threshold re-arms it)',
      security: [{ serviceToken: [] }],
      parameters: [idParam, ruleParam],
      requestBody: { required: true, content: json(jsonSchema(alertRuleSchemas.update)) },
      responses: { 200: { description: 'The rule', content: json({ type: 'object' }) }, ...ruleErrors },
    },
    delete: {
      tags: ['integration'],
      summary: 'The customer deletes an alert rule',
      security: [{ serviceToken: [] }],
      parameters: [idParam, ruleParam, accountQuery],
      responses: { 200: { description: 'Deleted', content: json({ type: 'object' }) }, ...ruleErrors },
    },
  };
  paths['/api/webhooks/twilio'] = {
    post: {
      tags: ['webhooks'],
      summary:
        "Twilio's delivery receipts (MessageSid, MessageStatus) and inbound texts (From, Body: STOP/ARRET, START), form-encoded, signed (X-Twilio-Signature over PUBLIC_URL + path); 403 signature_invalid. Mounted when TWILIO_AUTH_TOKEN is set",
      responses: { 200: { description: 'Received', content: json({ type: 'object' }) }, 403: errorResponse('signature_invalid') },
    },
  };
  paths['/api/integration/accounts/{id}'] = {
    get: {
      tags: ['integration'],
      summary: 'The account as the customer app must see it: status, and whether its sessions may continue',
      security: [{ serviceToken: [] }],
      parameters: [idParam],
      responses: { 200: { description: 'The account state', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/integration/accounts/{id}/deletion-request'] = {
    post: {
      tags: ['integration'],
      summary:
        'The customer closes the account from the app (GCU §5.3): 201 a new deletion request with its deadline, 200 the one already open; 409 already_deactivated',
      security: [{ serviceToken: [] }],
      parameters: [idParam],
      responses: {
        200: { description: 'The open request', content: json({ type: 'object' }) },
        201: { description: 'The new request', content: json({ type: 'object' }) },
        ...ERRORS,
      },
    },
  };
  paths['/api/integration/accounts/{id}/complaints'] = {
    post: {
      tags: ['integration'],
      summary:
        "A customer's written complaint from the app (GCU §14, GCS §14): 201 registered and acknowledged (the answer due after complaint_answer_days); 404 unknown account; 409 account_inactive; 422 link_not_this_customer",
      security: [{ serviceToken: [] }],
      parameters: [idParam, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
      requestBody: { required: true, content: json(jsonSchema(complaintSchema)) },
      responses: { 201: { description: 'The complaint', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/customer-notices/{id}/preview'] = {
    get: {
      tags: ['customer-notices'],
      summary:
        'Before sending: how many customers the audience holds now, per language, and the message each language reads; after: the frozen count (admins)',
      parameters: [idParam],
      responses: { 200: { description: '{count, byLocale: {fr, en}, messages: {fr, en}}', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/accounts/{id}/deactivation-preview'] = {
    get: {
      tags: ['accounts'],
      summary:
        'What closing the account will touch: open refunds (and whether each may be closed), pending transfers it sent, running plans (support)',
      parameters: [idParam],
      responses: { 200: { description: '{openRefunds, pendingTransfers, livePlans}', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/access-requests/{id}/export'] = {
    post: {
      tags: ['access-requests'],
      summary:
        'Everything the back office holds about the customer, as data.json and summary.html in a ZIP (GDPR Art. 15, 20); audited; answers the request (support)',
      parameters: [idParam],
      responses: {
        200: { description: 'application/zip', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
        ...ERRORS,
      },
    },
  };
  const pdf = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };
  paths['/api/orders/{id}/invoice.pdf'] = {
    get: {
      tags: ['orders'],
      summary:
        "The order's invoice (PDF, issued on first request for an older order; byte for byte the same every time) (support, finance)",
      parameters: [idParam],
      responses: { 200: { description: 'The invoice', content: pdf }, ...ERRORS },
    },
  };
  paths['/api/orders/{id}/contract.pdf'] = {
    get: {
      tags: ['orders'],
      summary: 'Copy of the contract: the order, its terms version, the withdrawal waiver and the payment (PDF) (support, finance)',
      parameters: [idParam],
      responses: { 200: { description: 'The contract', content: pdf }, ...ERRORS },
    },
  };
  paths['/api/orders/{id}/documents'] = {
    get: {
      tags: ['orders'],
      summary: "The order's invoice and credit notes (support, finance)",
      parameters: [idParam],
      responses: {
        200: { description: '[{id, kind, number, issuedAt, totalCents, refundId, retainUntil}]', content: json({ type: 'array' }) },
        ...ERRORS,
      },
    },
  };
  paths['/api/refunds/{id}/credit-note.pdf'] = {
    get: {
      tags: ['refunds'],
      summary: 'The credit note of a refund paid out (PDF) (support, finance)',
      parameters: [idParam],
      responses: { 200: { description: 'The credit note', content: pdf }, ...ERRORS },
    },
  };
  paths['/api/disputes/{id}/evidence'] = {
    get: {
      tags: ['disputes'],
      summary: 'The facts to attach as evidence: order, installs, usage, transfers, messages (finance)',
      parameters: [idParam],
      responses: { 200: { description: 'The facts', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/webhooks/stripe'] = {
    post: {
      tags: ['payments'],
      summary:
        "Stripe's webhook: signature checked over the raw body (Stripe-Signature, STRIPE_WEBHOOK_SECRET), stored once by event id, answered at once, worked after",
      security: [],
      responses: { 200: { description: '{received, duplicate}', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/refunds/{id}/assessment'] = {
    get: {
      tags: ['refunds'],
      summary: 'The verdict with its facts: as the customer asked (then), re-assessed this instant (now), and as decided (finance)',
      parameters: [idParam],
      responses: { 200: { description: '{then, now, decided}', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/account-plans/{id}/sendable'] = {
    get: {
      tags: ['account-plans'],
      summary: 'What the plan can send now (paid data, whole GB) and, when nothing, why (support, finance)',
      parameters: [idParam],
      responses: {
        200: {
          description: '{sendableGb, sendableMb, notSendableBecause, dataRemainingMb, dataGiftedMb}',
          content: json({ type: 'object' }),
        },
        ...ERRORS,
      },
    },
  };
  paths['/api/account-plans/{id}/esim-moves'] = {
    get: {
      tags: ['account-plans'],
      summary: 'The eSIMs the plan moved between after a change of device, newest first; ICCIDs for support (support, finance)',
      parameters: [idParam],
      responses: {
        200: { description: '[{fromEsimId, fromIccid, toEsimId, toIccid, movedAt}]', content: json({ type: 'array' }) },
        ...ERRORS,
      },
    },
  };
  paths['/api/staff-directory'] = {
    get: {
      tags: ['staff'],
      summary: 'Staff names only, for every role: who did what, without e-mails or roles',
      responses: { 200: { description: '[{id, name}]', content: json({ type: 'array', items: { type: 'object' } }) }, ...ERRORS },
    },
  };
  paths['/api/refund-rules'] = {
    get: {
      tags: ['refunds'],
      summary:
        'The refund rules the console explains: the four-eyes threshold and how far back an agent may date a request (support, finance)',
      responses: {
        200: { description: '{fourEyesThresholdCents, backdateWorkingDays, earliestAgentReceiptAt}', content: json({ type: 'object' }) },
        ...ERRORS,
      },
    },
  };
  paths['/api/jobs'] = {
    get: {
      tags: ['job-runs'],
      summary: 'Scheduled jobs, their interval and last run (admin)',
      responses: { 200: { description: 'Jobs', content: json({ type: 'array' }) }, ...ERRORS },
    },
  };
  paths['/api/accounts/search'] = {
    get: {
      tags: ['accounts'],
      summary: 'The search box: e-mail or prefix, ICCID, order, payment reference, referral code (≤ 20 matches)',
      parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: '{matches}', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/search'] = {
    get: {
      tags: ['accounts'],
      summary:
        'The one search: customers (e-mail or a part of it, name, phone in any format, referral code, device), eSIMs (ICCID or its last 4+ digits), orders (number, payment reference), transfers (recipient e-mail), refunds (number, payout reference), DSA notices (reference); grouped by kind, exact matches first, only what the role reads and may look people up by',
      parameters: [
        { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 20 } },
      ],
      responses: { 200: { description: '{q, groups: [{kind, results}]}', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/accounts/{id}/overview'] = {
    get: {
      tags: ['accounts'],
      summary: 'The customer 360 in one call (masked by role)',
      parameters: [idParam],
      responses: { 200: { description: 'The 360', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/accounts/{id}/timeline'] = {
    get: {
      tags: ['accounts'],
      summary:
        "The 360's activity timeline: the most recent orders, installs, usage alerts, transfers sent and received, transfer fixes, refunds, messages and staff actions, newest first (masked by role)",
      parameters: [
        idParam,
        {
          name: 'kinds',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'comma-separated kinds; all the role reads by default',
        },
      ],
      responses: {
        200: { description: '{kinds, perKind, items: [{key, kind, at, resource, recordId, record}]}', content: json({ type: 'object' }) },
        ...ERRORS,
      },
    },
  };
  paths['/api/dsa-notices/{id}/evidence'] = {
    get: {
      tags: ['dsa-notices'],
      summary: 'The evidence bundle of a notice (Art. 18): JSON attachment',
      parameters: [idParam],
      responses: { 200: { description: 'The bundle', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  const period = [
    { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
    { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
  ];
  paths['/api/statements-of-reasons/export'] = {
    get: {
      tags: ['statements-of-reasons'],
      summary: 'Statements of the period in the EU Transparency Database format, in batches of ≤ 100',
      parameters: period,
      responses: { 200: { description: '{count, batches}', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/dsa/transparency-report'] = {
    get: {
      tags: ['dsa-notices'],
      summary: 'Transparency report for a period (JSON, or CSV with format=csv)',
      parameters: [...period, { name: 'format', in: 'query', required: false, schema: { enum: ['json', 'csv'] } }],
      responses: { 200: { description: 'The report', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/dsa/misuse'] = {
    get: {
      tags: ['dsa-notices'],
      summary: 'Art. 23 counters per notifier or author over 12 months',
      parameters: [{ name: 'subject', in: 'query', required: true, schema: { enum: ['notifier', 'author'] } }],
      responses: { 200: { description: 'Rows', content: json({ type: 'array' }) }, ...ERRORS },
    },
  };
  paths['/api/refunds/{id}/history'] = {
    get: {
      tags: ['refunds'],
      summary: 'Approvals, payout attempts, messages and staff actions of a refund case (finance)',
      parameters: [idParam],
      responses: { 200: { description: 'The history', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };
  paths['/api/transfers/{id}/timeline'] = {
    get: {
      tags: ['transfers'],
      summary: 'States, ledger entries, messages and staff actions of a transfer and its corrections (support)',
      parameters: [idParam],
      responses: { 200: { description: 'The timeline', content: json({ type: 'object' }) }, ...ERRORS },
    },
  };

  const publicIntake = (summary: string, body: z.ZodType, created: Schema, refusals: Record<number, unknown>) => ({
    post: {
      tags: ['public'],
      summary,
      security: [],
      requestBody: { required: true, content: json(jsonSchema(body)) },
      responses: {
        201: { description: 'Received', content: json(created) },
        400: ERRORS[400],
        413: errorResponse('Body over the size limit'),
        415: errorResponse('Not application/json'),
        ...refusals,
        429: errorResponse('Too many submissions from this address (rate_limited); RateLimit, RateLimit-Policy and Retry-After headers'),
      },
    },
  });
  paths['/public/dsa-notices'] = publicIntake(
    'DSA Art. 16 notice from anyone, no account; acknowledged at once when an e-mail is given (HTML form: /report-illegal-content)',
    noticeInput,
    {
      type: 'object',
      properties: { reference: { type: 'string' }, receivedAt: { type: 'string', format: 'date-time' }, acknowledged: { type: 'boolean' } },
    },
    {},
  );
  paths['/public/dsa-complaints'] = publicIntake(
    'DSA Art. 20 complaint against a decision, by its author or notifier, within 6 months (HTML form: /dsa-complaint)',
    complaintInput,
    {
      type: 'object',
      properties: {
        reference: { type: 'string' },
        receivedAt: { type: 'string', format: 'date-time' },
        deadlineAt: { type: 'string', format: 'date-time' },
      },
    },
    {
      409: errorResponse('A complaint about this decision is already open (complaint_already_open)'),
      422: errorResponse('Refused: unknown_decision, not_a_party, complaint_window_closed'),
    },
  );

  return {
    openapi: '3.1.0',
    info: {
      title: 'Kolet back office API',
      version: '1.0.0',
      description:
        'Staff console API (ra-data-simple-rest dialect, session cookie + X-Kolet-CSRF header) and the customer app integration API (Bearer service token).',
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kolet_session' },
        serviceToken: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }],
    paths,
  };
}
