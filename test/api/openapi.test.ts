// GET /api/openapi.json: an OpenAPI 3.1 document with a path for every resource and
// verb offered (per the docs/PRODUCT.md table of ./spec-access.ts), the actions, and request
// bodies generated from the zod schemas the server validates with.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer } from '../support/server.ts';
import { SPEC_ACCESS } from './spec-access.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let server: Server;
let doc: Json;

const bodySchema = (op: Json): Json => op.requestBody.content['application/json'].schema;

beforeAll(async () => {
  server = await startTestServer();
  const res = await fetch(`${server.baseUrl}/api/openapi.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  doc = await res.json();
});
afterAll(async () => {
  await server?.close();
});

describe('the document', () => {
  test('is OpenAPI 3.1 with info, security schemes and the error schema', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'kolet_session' });
    expect(doc.components.schemas.Error).toMatchObject({ type: 'object', required: ['message', 'code'] });
  });

  test('has a path for every resource and verb offered, and none for verbs not offered', () => {
    for (const [resource, access] of Object.entries(SPEC_ACCESS)) {
      const collection = doc.paths[`/api/${resource}`] ?? {};
      const item = doc.paths[`/api/${resource}/{id}`] ?? {};
      expect(Boolean(collection.get), `list ${resource}`).toBe(true);
      expect(Boolean(item.get), `getOne ${resource}`).toBe(true);
      expect(Boolean(collection.post), `create ${resource}`).toBe(Boolean(access.create));
      expect(Boolean(item.put), `update ${resource}`).toBe(Boolean(access.update));
      expect(Boolean(item.delete), `delete ${resource}`).toBe(Boolean(access.delete));
    }
  });

  test('documents the list dialect: sort, range and filter parameters and a typed array response', () => {
    const list = doc.paths['/api/plans'].get;
    expect(list.parameters.map((p: Json) => p.name)).toEqual(['sort', 'range', 'filter']);
    expect(list.responses['200'].content['application/json'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/Plans' },
    });
    expect(list.description).toMatch(/priceCents/);
    expect(doc.components.schemas.Plans.properties.priceCents).toEqual({ type: ['integer', 'null'] });
  });

  test('has the messages retry action, the audit verification and the auth endpoints', () => {
    const retry = doc.paths['/api/messages/{id}/retry']?.post;
    expect(retry).toBeTruthy();
    expect(retry.parameters.map((p: Json) => p.name)).toEqual(['id', 'Idempotency-Key']);
    expect(bodySchema(retry)).toMatchObject({ type: 'object', additionalProperties: false });
    expect(retry.description).toMatch(/support/);
    expect(doc.paths['/api/audit-log/verify']?.get).toBeTruthy();
    expect(doc.paths['/api/auth/login']?.post).toBeTruthy();
    expect(doc.paths['/api/auth/logout']?.post).toBeTruthy();
    expect(doc.paths['/api/auth/me']?.get).toBeTruthy();
  });

  test('every $ref points at a schema that exists', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components.schemas[name], ref).toBeTruthy();
    }
  });
});

describe('request bodies from the zod schemas', () => {
  test('plans create: priceCents is a required integer, defaults are optional, unknown fields refused', () => {
    const schema = bodySchema(doc.paths['/api/plans'].post);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.priceCents).toMatchObject({ type: 'integer', minimum: 0 });
    expect(schema.properties.validityDays).toMatchObject({ type: 'integer' });
    expect(schema.properties.status.enum).toEqual(['draft', 'active', 'retired']);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'dataMb', 'validityDays', 'priceCents']));
    expect(schema.required).not.toContain('status');
    expect(schema.required).not.toContain('promotional');
  });

  test('an update body carries the version', () => {
    const schema = bodySchema(doc.paths['/api/plans/{id}'].put);
    expect(schema.properties.version).toMatchObject({ type: 'integer' });
    expect(schema.required).toEqual(['version']);
    expect(schema.properties.priceCents).toMatchObject({ type: 'integer' });
  });

  test('staff create requires a password of at least 12 characters; countries create an ISO code', () => {
    const staff = bodySchema(doc.paths['/api/staff'].post);
    expect(staff.properties.password).toMatchObject({ type: 'string', minLength: 12 });
    expect(staff.required).toEqual(expect.arrayContaining(['email', 'name', 'roles', 'password']));
    const country = bodySchema(doc.paths['/api/countries'].post);
    expect(country.properties.id).toMatchObject({ type: 'string', pattern: '^[A-Z]{2}$' });
  });

  test('the login body is documented from its schema', () => {
    expect(doc.components.schemas.Login).toMatchObject({ type: 'object', required: ['email', 'password'] });
  });
});

describe('integration and transfer endpoints', () => {
  test('the integration calls are documented from their zod schemas, with the service token', async () => {
    const doc = await (await fetch(`${server.baseUrl}/api/openapi.json`)).json();
    const transfers = doc.paths['/api/integration/transfers'].post;
    expect(transfers.security).toEqual([{ serviceToken: [] }]);
    const schema = transfers.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['senderAccountId', 'sourceAccountPlanId', 'recipientEmail', 'amountGb']));
    expect(doc.paths['/api/integration/accounts'].post.requestBody.content['application/json'].schema.properties.email.type).toBe('string');
    expect(doc.paths['/api/transfers/{id}/fix-preview'].get).toBeDefined();
    expect(
      doc.paths['/api/transfers/{id}/redirect'].post.parameters.find((p: { name: string }) => p.name === 'Idempotency-Key').required,
    ).toBe(true);
  });
});
