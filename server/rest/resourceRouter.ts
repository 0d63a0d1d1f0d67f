import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { appendAudit, changedFields } from '../audit/auditLog.ts';
import type { Actor } from '../domain/actor.ts';
import { canUse, isOffered, type ResourceName, type Verb } from '../domain/permissions.ts';
import { badRequest, conflict, forbidden, fromZod, methodNotAllowed, notFound } from '../http/errors.ts';
import { requestFacts } from '../http/requestContext.ts';
import { rowToRecord, toColumnValue } from './fields.ts';
import { checkListLookups, maskFields } from './masking.ts';
import { INT_MAX, INT_MIN, parseId as parseIntId } from '../http/ids.ts';
import { MAX_PAGE, parseListQuery, type ListQuery } from './listQuery.ts';
import { boundedTotal, searchPage, TOTAL_BOUND, wholeTableTotal } from './listTotal.ts';
import type { ResourceDef, WriteContext } from './resource.ts';
import { RESOURCE_DEFS } from './resources/index.ts';

/** Resolves `:resource`, then refuses verbs the resource does not offer (405) or the role may not use (403). */
function authorize(req: Request, verb: Verb): ResourceDef {
  const def = RESOURCE_DEFS.get(String(req.params.resource) as ResourceName);
  if (!def) throw notFound(`Unknown resource "${req.params.resource}"`);
  if (!isOffered(def.name, verb)) throw methodNotAllowed(`${def.name} cannot be ${verb === 'read' ? 'read' : `${verb}d`} through the API`);
  const actor = req.actor;
  if (actor?.kind !== 'staff' || !canUse(actor.roles, def.name, verb)) throw forbidden(`Your role does not allow ${verb} on ${def.name}`);
  return def;
}

const rolesOf = (req: Request) => (req.actor?.kind === 'staff' ? req.actor.roles : []);
/** Every record leaves through the masking policy (server/rest/masking.ts). */
const shown = (req: Request, def: ResourceDef, record: Record<string, unknown>) => maskFields(def.fields, record, rolesOf(req));

function parseId(def: ResourceDef, raw: unknown): string | number {
  const s = String(raw);
  if (def.idType === 'int') {
    return parseIntId(s, def.name);
  }
  if (s.length === 0 || s.length > 80) throw badRequest('invalid_id', `"${s}" is not a valid ${def.name} id`, { id: 'invalid' });
  return s;
}

/**
 * An integer beyond the 32-bit INTEGER columns is bad input on both engines, never a 500
 * (control characters, NUL included, are refused earlier for every route: http/controlCharacters.ts).
 */
function checkStorable(def: ResourceDef, data: Record<string, unknown>): void {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (def.fields[key]?.type === 'int' && typeof value === 'number' && (value < INT_MIN || value > INT_MAX))
      errors[key] = `must be between ${INT_MIN} and ${INT_MAX}`;
  }
  if (Object.keys(errors).length) throw badRequest('invalid_input', `Invalid body: ${Object.keys(errors).join(', ')}`, errors);
}

const columnsOf = (def: ResourceDef) => Object.values(def.fields).map((d) => d.column);

export function applyConditions(qb: Knex.QueryBuilder, def: ResourceDef, query: Pick<ListQuery, 'conditions' | 'q'>): Knex.QueryBuilder {
  for (const c of query.conditions) {
    if (c.op === 'custom') def.customFilters![c.field]!(qb, c.value);
    else if (c.op === 'in') qb.whereIn(c.column, c.value as readonly string[]);
    else if (c.op === 'is null') qb.whereNull(c.column);
    else if (c.op === 'is not null') qb.whereNotNull(c.column);
    else if ('value' in c) qb.where(c.column, c.op, c.value as string);
  }
  if (query.q) {
    const q = query.q;
    if (!def.search) throw badRequest('invalid_filter', `${def.name} has no free-text search`, { q: 'not searchable' });
    qb.where((inner) => {
      def.search!(inner, q);
    });
  }
  return qb;
}

async function findRecord(db: Knex, def: ResourceDef, id: string | number): Promise<Record<string, unknown> | undefined> {
  const row = await db(def.table).where(def.idColumn, id).first(columnsOf(def));
  return row ? rowToRecord(def.fields, row) : undefined;
}

/** The secrets of an input (a new password) as `[redacted]`: audited as changed, never stored in the log. */
function redactedSecrets(def: ResourceDef, input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(input)
      .filter((k) => def.auditRedact?.includes(k))
      .map((k) => [k, '[redacted]']),
  );
}

async function toRow(def: ResourceDef, input: Record<string, unknown>, ctx: WriteContext): Promise<Record<string, unknown>> {
  if (def.toRow) return def.toRow(input, ctx);
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const field = def.fields[key];
    if (!field) throw new Error(`${def.name}: writable "${key}" has no field definition`);
    row[field.column] = toColumnValue(field, value);
  }
  return row;
}

async function audit(
  trx: Knex.Transaction,
  req: Request,
  actor: Actor,
  def: ResourceDef,
  verb: string,
  id: unknown,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  now: Date,
) {
  await appendAudit(trx, {
    actor,
    action: `${def.name}.${verb}`,
    entity: def.name,
    entityId: String(id),
    before,
    after,
    at: now,
    ...requestFacts(req),
  });
}

/**
 * The one router for every resource (docs/PRODUCT.md §3, ra-data-simple-rest dialect): whitelisted
 * sort/filter/range, Content-Range totals, optimistic locking by `version`, and an
 * audit entry in the same transaction as every write.
 */
export function resourceRouter(db: Knex, reads: Knex = db): Router {
  const router = Router();

  router.get('/:resource', async (req, res) => {
    const def = authorize(req, 'read');
    const query = parseListQuery(req.query as Record<string, unknown>, def.fields, def.defaultSort, Object.keys(def.customFilters ?? {}));
    checkListLookups(def, query, rolesOf(req));
    const matching = applyConditions(reads(def.table), def, query);
    const start = query.range?.start ?? 0;
    const limit = query.range ? query.range.end - start + 1 : MAX_PAGE;
    const page = (qb: Knex.QueryBuilder) =>
      qb
        .select(columnsOf(def))
        .orderBy([
          { column: query.sort.column, order: query.sort.order },
          ...(def.thenBy?.[query.sort.field] ?? []),
          { column: def.idColumn, order: query.sort.order },
        ])
        .offset(start)
        .limit(limit);
    // A search's page and total come from its first SEARCH_BOUND + 1 matches, found once (listTotal.ts).
    const [rows, { total, bounded }] = query.q
      ? await searchPage(reads, def.table, def.idColumn, matching, page, start).then((r) => [r.rows, r] as const)
      : await Promise.all([
          page(matching.clone()),
          query.conditions.length ? boundedTotal(reads, matching, TOTAL_BOUND) : wholeTableTotal(reads, def.table, matching),
        ]);
    // Past the bound, Content-Range carries it (or the end of a page beyond it): a floor, flagged.
    const shownTotal = bounded ? Math.max(total, start + rows.length) : total;
    if (bounded) res.set('X-Total-Bounded', 'true');
    res.set('Content-Range', rows.length ? `${def.name} ${start}-${start + rows.length - 1}/${shownTotal}` : `${def.name} */${shownTotal}`);
    res.json(rows.map((r: Record<string, unknown>) => shown(req, def, rowToRecord(def.fields, r))));
  });

  router.get('/:resource/:id', async (req, res) => {
    const def = authorize(req, 'read');
    const record = await findRecord(reads, def, parseId(def, req.params.id));
    if (!record) throw notFound(`${def.name} ${req.params.id} not found`);
    res.json(shown(req, def, record));
  });

  router.post('/:resource', async (req, res) => {
    const def = authorize(req, 'create');
    const parsed = def.create!.safeParse(req.body ?? {});
    if (!parsed.success) throw fromZod(parsed.error);
    checkStorable(def, parsed.data);
    const actor = req.actor!;
    const now = new Date();
    const record = await db.transaction(async (trx) => {
      const ctx = { trx, actor, now, sessionId: req.sessionId };
      await def.beforeWrite?.(ctx, null);
      const row = await toRow(def, parsed.data, ctx);
      if (def.fields.version) Object.assign(row, { created_at: now.toISOString(), updated_at: now.toISOString(), version: 1 });
      const [inserted] = await trx(def.table).insert(row, [def.idColumn]);
      const id = typeof inserted === 'object' ? (inserted as Record<string, unknown>)[def.idColumn] : inserted;
      const created = (await findRecord(trx, def, (row[def.idColumn] as string | number | undefined) ?? (id as number)))!;
      await def.afterWrite?.(ctx, null, created, parsed.data);
      // What afterWrite settled (a normalised value, who set it) is part of the record.
      const stored = def.afterWrite ? (await findRecord(trx, def, created.id as number))! : created;
      await audit(trx, req, actor, def, 'create', stored.id, null, { ...stored, ...redactedSecrets(def, parsed.data) }, now);
      return stored;
    });
    res.status(201).json(shown(req, def, record));
  });

  router.put('/:resource/:id', async (req, res) => {
    const def = authorize(req, 'update');
    const id = parseId(def, req.params.id);
    const body = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw badRequest('invalid_input', 'The body must be a JSON object');
    const writable = new Set(Object.keys(def.update!.shape));
    const unknown = Object.keys(body).filter((k) => !writable.has(k) && !(k in def.fields));
    if (unknown.length)
      throw badRequest(
        'unknown_field',
        `Unknown field(s): ${unknown.join(', ')}`,
        Object.fromEntries(unknown.map((k) => [k, 'unknown field'])),
      );
    const version = body.version;
    if (def.fields.version && !Number.isSafeInteger(version))
      throw badRequest('version_required', "An update must send the record's version (optimistic locking)", { version: 'required' });
    const changes = Object.fromEntries(Object.entries(body).filter(([k]) => writable.has(k)));
    const parsed = def.update!.safeParse(changes);
    if (!parsed.success) throw fromZod(parsed.error);
    checkStorable(def, parsed.data);
    const actor = req.actor!;
    const now = new Date();
    const record = await db.transaction(async (trx) => {
      const current = await findRecord(trx, def, id);
      if (!current) throw notFound(`${def.name} ${id} not found`);
      if (def.fields.version && current.version !== version) {
        throw conflict(
          'stale_record',
          `This ${def.name} record was changed by someone else (your version ${version}, now ${current.version}): reload it and try again`,
        );
      }
      // The client sends back the record as it was shown to it: masked fields come back masked.
      const seen = shown(req, def, current);
      const readOnlyChanged = Object.keys(body).filter(
        (k) => !writable.has(k) && k !== 'version' && k !== 'updatedAt' && JSON.stringify(body[k]) !== JSON.stringify(seen[k]),
      );
      if (readOnlyChanged.length)
        throw badRequest(
          'read_only_field',
          `Read-only field(s) cannot be changed: ${readOnlyChanged.join(', ')}`,
          Object.fromEntries(readOnlyChanged.map((k) => [k, 'read-only'])),
        );
      const ctx = { trx, actor, now, sessionId: req.sessionId };
      await def.beforeWrite?.(ctx, current);
      const row = await toRow(def, parsed.data, ctx);
      const update = def.fields.version ? { ...row, updated_at: now.toISOString(), version: (version as number) + 1 } : row;
      const q = trx(def.table).where(def.idColumn, id);
      if (def.fields.version) q.andWhere('version', version);
      const count = await q.update(update);
      if (count !== 1) throw conflict('stale_record', `This ${def.name} record was changed by someone else: reload it and try again`);
      let updated = (await findRecord(trx, def, id))!;
      await def.afterWrite?.(ctx, current, updated, parsed.data);
      if (def.afterWrite) updated = (await findRecord(trx, def, id))!;
      // The stored values, not the input (which may spell an unchanged value differently).
      const diff = changedFields(current, { ...updated, ...redactedSecrets(def, parsed.data) });
      await audit(trx, req, actor, def, 'update', id, diff.before, diff.after, now);
      return updated;
    });
    res.json(shown(req, def, record));
  });

  router.delete('/:resource/:id', async (req, res) => {
    const def = authorize(req, 'delete');
    const id = parseId(def, req.params.id);
    const actor = req.actor!;
    const now = new Date();
    const record = await db.transaction(async (trx) => {
      const current = await findRecord(trx, def, id);
      if (!current) throw notFound(`${def.name} ${id} not found`);
      await def.beforeDelete?.({ trx, actor, now }, current);
      await trx(def.table).where(def.idColumn, id).delete();
      await audit(trx, req, actor, def, 'delete', id, current, null, now);
      return current;
    });
    res.json(shown(req, def, record));
  });

  return router;
}
