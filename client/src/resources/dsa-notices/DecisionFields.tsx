import { Divider } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { BooleanInput, RadioButtonGroupInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { DECIDE_MIN, isRestriction } from './decideValues.ts';
import { decideValidators as v } from './decideValidators.ts';
import { automatedDecisionChoices, decisionChoices } from './noticeChoices.ts';
import { RestrictionFields } from './RestrictionFields.tsx';

/** The decision form: no action (a note), or a restriction with its statement of reasons; the use of automated means always (Art. 16(6)). */
export const DecisionFields = ({ reviewIds = [] }: { reviewIds?: number[] }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-notices.decide.${key}`, args);
  const decision = useWatch<{ decision: string | null }>({ name: 'decision' });
  return (
    <>
      <RadioButtonGroupInput
        source="decision"
        label="resources.dsa-notices.form.decision"
        choices={decisionChoices}
        validate={v.decision}
        row={false}
        helperText={decision ? t(`decision_hint_${decision}`) : t('decision_hint')}
      />
      {decision === 'no_action' && (
        <>
          <TextInput
            source="note"
            label="resources.dsa-notices.form.note"
            multiline
            minRows={3}
            fullWidth
            validate={v.note}
            helperText={t('note_hint', { min: DECIDE_MIN.note })}
          />
          <BooleanInput
            source="manifestlyUnfounded"
            label="resources.dsa-notices.form.manifestlyUnfounded"
            helperText={t('manifestly_unfounded_hint')}
          />
        </>
      )}
      {isRestriction(decision) && <RestrictionFields reviewIds={reviewIds} />}
      <Divider sx={{ my: 1 }} />
      <BooleanInput
        source="automatedDetection"
        label="resources.dsa-notices.form.automatedDetection"
        helperText={t('automated_detection_hint')}
      />
      <SelectInput
        source="automatedDecision"
        label="resources.dsa-notices.form.automatedDecision"
        choices={automatedDecisionChoices}
        validate={v.automatedDecision}
        fullWidth
      />
    </>
  );
};
