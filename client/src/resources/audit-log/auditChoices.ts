import { ACTOR_KINDS, AUDIT_OUTCOMES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const actorKindChoices = enumChoices('actor_kind', ACTOR_KINDS);
export const outcomeChoices = enumChoices('audit_outcome', AUDIT_OUTCOMES);
