// The generated type files and what they must contain now (server/db/typeGeneration.ts).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { RESOURCE_DEFS } from '../rest/resources/index.ts';
import { parseSchemaSnapshot, renderRecordTypes, renderRowTypes } from './typeGeneration.ts';

export const SCHEMA_SNAPSHOT = path.join(ROOT, 'db/schema/postgres.schema.txt');

export function expectedGeneratedFiles(): { file: string; content: string }[] {
  const tables = parseSchemaSnapshot(fs.readFileSync(SCHEMA_SNAPSHOT, 'utf8'));
  return [
    { file: path.join(ROOT, 'server/db/rows.generated.ts'), content: renderRowTypes(tables) },
    { file: path.join(ROOT, 'client/src/records.generated.ts'), content: renderRecordTypes([...RESOURCE_DEFS.values()], tables) },
  ];
}
