import { useTranslate } from 'react-admin';
import { useStaffDirectory } from '../../components/StaffName.tsx';
import { storedReasonInWords } from '../../components/storedReason.ts';

export interface AuditEntryLike {
  actorKind?: string | null;
  actorId?: number | string | null;
  actorEmail?: string | null;
  action?: string | null;
  entity?: string | null;
  entityId?: string | null;
  reason?: string | null;
  outcome?: string | null;
}

/**
 * An audit entry as a sentence in the reader's language: "Camille Durand redirected transfer #122:
 * “typo in the address”" — the actor by name (the staff directory), the action as a verb, the record
 * named. An action without a phrase falls back to its code, never to nothing.
 */
export function useAuditSentence(): (entry: AuditEntryLike) => string {
  const translate = useTranslate();
  const { data: names } = useStaffDirectory();
  return (entry) => {
    const kind = entry.actorKind ?? 'system';
    const actor =
      kind === 'staff'
        ? (names?.get(Number(entry.actorId)) ??
          entry.actorEmail ??
          translate('staff_directory.unknown', { id: String(entry.actorId ?? '?') }))
        : translate(`audit_sentence.${kind}`, { _: kind });
    const action = entry.action ?? '';
    const dot = action.indexOf('.');
    const [area, verbCode] = dot > 0 ? [action.slice(0, dot), action.slice(dot + 1)] : ['', action];
    let sentence: string;
    // Sign-ins and the like are about the actor themself: "Camille Durand signed in".
    const self = area === 'auth' ? verbCode : action === 'demo.seed' ? 'demo_seed' : null;
    if (self)
      sentence = translate('audit_sentence.self_sentence', { actor, verb: translate(`audit_sentence.self.${self}`, { _: action }) });
    else {
      const verb = translate(`audit_sentence.verbs.${area}.${verbCode}`, {
        _: translate(`audit_sentence.verbs.generic.${verbCode}`, { _: action }),
      });
      const entity = entry.entity ?? area;
      const entityName = translate(`audit_sentence.entities.${entity}`, { _: entity });
      const thing = entry.entityId ? translate('audit_sentence.thing', { entity: entityName, id: entry.entityId }) : entityName;
      sentence = translate('audit_sentence.sentence', { actor, verb, thing });
    }
    if (entry.reason)
      sentence = translate('audit_sentence.with_reason', { sentence, reason: storedReasonInWords(entry.action, entry.reason, translate) });
    if (entry.outcome === 'failure') sentence = translate('audit_sentence.refused', { sentence });
    return sentence;
  };
}
