// Types cannot drift (docs/ARCHITECTURE.md "Types that cannot drift"): the row types of the server and the record
// types of the console are what server/db/typeGeneration.ts makes of the schema snapshot and the resource
// definitions. A migration or a resource field changed without `npm run types:generate` fails here; once
// regenerated, any code that still reads a removed or retyped field fails `tsc`.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedGeneratedFiles } from '../../server/db/generatedFiles.ts';
import { parseSchemaSnapshot, renderRecordTypes, renderRowTypes } from '../../server/db/typeGeneration.ts';
import { defineFields, f } from '../../server/rest/fields.ts';

describe('generated types', () => {
  for (const { file, content } of expectedGeneratedFiles()) {
    it(`${file.split('/').slice(-3).join('/')} is current (run npm run types:generate)`, () => {
      expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(missing)').toBe(content);
    });
  }

  const snapshot = [
    "column refunds.id integer not null default nextval('refunds_id_seq'::regclass)",
    "column refunds.status text not null default 'requested'::text",
    'column refunds.amount_cents integer',
    'column refunds.decided_at timestamp with time zone',
    'column refunds.urgent boolean not null default false',
    'column refunds.note character varying(200)',
    "constraint refunds.refunds_status_check CHECK ((status = ANY (ARRAY['requested'::text, 'paid_out'::text])))",
    'constraint refunds.refunds_pkey PRIMARY KEY (id)',
  ].join('\n');

  it('a row has each column with its driver type, nullable unless NOT NULL, CHECK lists as literal unions', () => {
    const rows = renderRowTypes(parseSchemaSnapshot(snapshot));
    expect(rows).toContain(
      [
        'export interface RefundsRow {',
        '  id: number;',
        "  status: 'requested' | 'paid_out';",
        '  amount_cents: number | null;',
        '  decided_at: DbTimestamp | null;',
        '  urgent: DbBool;',
        '  note: string | null;',
        '}',
      ].join('\n'),
    );
  });

  it('a record has the API names, masked personal fields nullable, JSON unknown', () => {
    const fields = defineFields({
      id: f.id(),
      status: f.enum(['requested', 'paid_out']),
      amountCents: f.int(),
      urgent: f.bool(),
      note: f.text({ personal: 'name' }),
      facts: f.json(),
    });
    const records = renderRecordTypes([{ name: 'refunds', table: 'refunds', idType: 'int', fields }], parseSchemaSnapshot(snapshot));
    expect(records).toContain(
      [
        'export interface RefundsRecord {',
        '  id: number;',
        "  status: 'requested' | 'paid_out';",
        '  amountCents: number | null;',
        '  urgent: boolean;',
        '  note: string | null;',
        '  facts: unknown;',
        '}',
      ].join('\n'),
    );
  });
});
