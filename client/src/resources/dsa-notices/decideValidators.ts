import { maxLength, maxValue, minValue, number, regex, required, type Validator } from 'react-admin';
import { atLeastChars } from '../../components/textValidators.ts';
import { DECIDE_MIN, isRestriction, MAX_KEYWORDS, SUSPENSION_DAYS, type DecideValues } from './decideValues.ts';

type Applies = (values: DecideValues) => boolean;

/** Validators that only apply when `applies` (the fields of another decision keep their values, unchecked). */
function when(applies: Applies, ...validators: Validator[]): Validator {
  return (value, values, props) => {
    if (!applies(values as DecideValues)) return undefined;
    for (const validate of validators) {
      const error = validate(value, values, props);
      if (error) return error;
    }
    return undefined;
  };
}

const noAction: Applies = (v) => v.decision === 'no_action';
const restriction: Applies = (v) => isRestriction(v.decision);
const nonEmpty: Validator = (value) => (Array.isArray(value) && value.length > 0 ? undefined : 'ra.validation.required');
const atMost =
  (max: number): Validator =>
  (value) =>
    Array.isArray(value) && value.length > max ? { message: 'ra.validation.maxLength', args: { max } } : undefined;
const wholeNumber: Validator = (value) => (value == null || Number.isInteger(Number(value)) ? undefined : 'ra.validation.number');

/** Docs/TRUST-SAFETY.md "Decision": no action needs a note; a restriction the law or the clause, an explanation, the category, the scope, the facts. */
export const decideValidators = {
  decision: required(),
  note: when(noAction, atLeastChars(DECIDE_MIN.note), maxLength(2000)),
  suspensionDays: when(
    (v) => v.decision === 'service_suspension',
    required(),
    number(),
    wholeNumber,
    minValue(SUSPENSION_DAYS.min),
    maxValue(SUSPENSION_DAYS.max),
  ),
  ground: when(restriction, required()),
  legalGround: when(
    (v) => restriction(v) && v.ground === 'DECISION_GROUND_ILLEGAL_CONTENT',
    atLeastChars(DECIDE_MIN.ground),
    maxLength(500),
  ),
  legalReferenceUrl: when(
    (v) => restriction(v) && v.ground === 'DECISION_GROUND_ILLEGAL_CONTENT',
    maxLength(500),
    regex(/^(https?:\/\/\S+)?$/, 'resources.dsa-notices.decide.legal_reference_url_invalid'),
  ),
  termsClause: when(
    (v) => restriction(v) && v.ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    atLeastChars(DECIDE_MIN.ground),
    maxLength(500),
  ),
  explanation: when(restriction, atLeastChars(DECIDE_MIN.explanation), maxLength(2000)),
  category: when(restriction, required()),
  keywords: when(restriction, atMost(MAX_KEYWORDS)),
  territorialScope: when(restriction, nonEmpty),
  facts: when(restriction, atLeastChars(DECIDE_MIN.facts), maxLength(5000)),
  automatedDecision: required(),
};
