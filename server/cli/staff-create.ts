// `npm run staff:create -- --email a@b.c --role finance [--role admin] [--name "A B"]`
// Adds a staff member in production; the password is read from STAFF_PASSWORD or prompted for.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { appendAudit } from '../audit/auditLog.ts';
import { hashPassword } from '../auth/passwords.ts';
import { migrateToLatest, openDatabase } from '../db/connection.ts';
import { ROLES } from '../domain/enums.ts';

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string', multiple: true }, name: { type: 'string' } },
});
const input = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  roles: z.array(z.enum(ROLES)).min(1),
  name: z.string().min(1),
  password: z.string().min(12, 'the password needs at least 12 characters'),
});

async function readPassword(): Promise<string> {
  if (process.env.STAFF_PASSWORD) return process.env.STAFF_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Password (12+ characters): ');
  rl.close();
  return answer;
}

const parsed = input.safeParse({
  email: values.email,
  roles: values.role,
  name: values.name ?? values.email?.split('@')[0],
  password: await readPassword(),
});
if (!parsed.success) {
  console.error(`Cannot create staff: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  console.error(`Usage: npm run staff:create -- --email someone@kolet.com --role ${ROLES.join('|')} [--role …] [--name "Full Name"]`);
  process.exit(2);
}
const { email, roles, name, password } = parsed.data;
const db = openDatabase();
await migrateToLatest(db);
if (await db('staff').where({ email }).first()) {
  console.error(`A staff member with ${email} already exists`);
  await db.destroy();
  process.exit(1);
}
const now = new Date();
const passwordHash = await hashPassword(password);
const id = await db.transaction(async (trx) => {
  const [row] = await trx('staff').insert(
    {
      email,
      name,
      roles: JSON.stringify(roles),
      password_hash: passwordHash,
      status: 'active',
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      version: 1,
    },
    ['id'],
  );
  const staffId = typeof row === 'object' ? row.id : row;
  await appendAudit(trx, {
    actor: { kind: 'system', name: 'staff:create' },
    action: 'staff.create',
    entity: 'staff',
    entityId: staffId,
    after: { email, name, roles },
    at: now,
  });
  return staffId;
});
console.log(`Created staff #${id} ${email} (${roles.join(', ')})`);
await db.destroy();
