import { MISUSE_MEASURES, MISUSE_SUBJECTS } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const misuseSubjectChoices = enumChoices('misuse_subject', MISUSE_SUBJECTS);
export const misuseMeasureChoices = enumChoices('misuse_measure', MISUSE_MEASURES);
/** Art. 23(3)(c): the gravity of the misuse and its consequences. */
export const gravityChoices = (['low', 'medium', 'high'] as const).map((id) => ({ id, name: `resources.misuse-measures.gravity.${id}` }));
