// `npm run types:generate`: rewrites the row and record types from the schema snapshot and the resources.
import fs from 'node:fs';
import path from 'node:path';
import { expectedGeneratedFiles } from '../db/generatedFiles.ts';

for (const { file, content } of expectedGeneratedFiles()) {
  const changed = !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content;
  if (changed) fs.writeFileSync(file, content);
  console.log(`${changed ? 'wrote' : 'unchanged'} ${path.relative(process.cwd(), file)}`);
}
