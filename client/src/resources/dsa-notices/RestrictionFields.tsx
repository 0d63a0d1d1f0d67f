import { Divider, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { BooleanInput, NumberInput, RadioButtonGroupInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { categoryChoices, noticeVisibilityChoices } from '../../tdbChoices.ts';
import { DECIDE_MIN, SUSPENSION_DAYS } from './decideValues.ts';
import { decideValidators as v } from './decideValidators.ts';
import { KeywordsInput } from './KeywordsInput.tsx';
import { decisionGroundChoices } from './noticeChoices.ts';
import { TerritorialScopeInput } from './TerritorialScopeInput.tsx';
import { ContentLanguageInput } from '../reviews/ContentLanguageInput.tsx';

/**
 * A restriction and its statement of reasons (Art. 17(3)): the measure, the ground (the law, or our
 * terms' clause), why, the TDB category and keywords, where it applies, and the facts.
 */
export const RestrictionFields = ({ reviewIds = [] }: { reviewIds?: number[] }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-notices.decide.${key}`, args);
  const decision = useWatch<{ decision: string | null }>({ name: 'decision' });
  const ground = useWatch<{ ground: string | null }>({ name: 'ground' });
  const illegal = ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  return (
    <>
      <Divider sx={{ my: 1 }} />
      <Typography variant="subtitle2" gutterBottom>
        {t('measure')}
      </Typography>
      <RadioButtonGroupInput
        source="visibility"
        label="resources.dsa-notices.form.visibility"
        choices={noticeVisibilityChoices}
        helperText={t('visibility_hint')}
      />
      {decision === 'service_suspension' && (
        <NumberInput
          source="suspensionDays"
          label="resources.dsa-notices.form.suspensionDays"
          min={SUSPENSION_DAYS.min}
          max={SUSPENSION_DAYS.max}
          step={1}
          validate={v.suspensionDays}
          helperText={t('suspension_hint', SUSPENSION_DAYS)}
          fullWidth
        />
      )}
      <Typography variant="subtitle2" gutterBottom sx={{ mt: 1 }}>
        {t('statement')}
      </Typography>
      <RadioButtonGroupInput
        source="ground"
        label="resources.dsa-notices.form.ground"
        choices={decisionGroundChoices}
        validate={v.ground}
      />
      {ground &&
        (illegal ? (
          <>
            <TextInput
              source="legalGround"
              label="resources.dsa-notices.form.legalGround"
              validate={v.legalGround}
              helperText={t('legal_ground_hint')}
              fullWidth
            />
            <TextInput
              source="legalReferenceUrl"
              label="resources.dsa-notices.form.legalReferenceUrl"
              validate={v.legalReferenceUrl}
              helperText={t('legal_reference_url_hint')}
              fullWidth
              type="url"
            />
          </>
        ) : (
          <TextInput
            source="termsClause"
            label="resources.dsa-notices.form.termsClause"
            validate={v.termsClause}
            helperText={t('terms_clause_hint')}
            fullWidth
          />
        ))}
      <TextInput
        source="explanation"
        label="resources.dsa-notices.form.explanation"
        multiline
        minRows={3}
        fullWidth
        validate={v.explanation}
        helperText={t(illegal ? 'explanation_illegal_hint' : 'explanation_terms_hint', { min: DECIDE_MIN.explanation })}
      />
      <SelectInput
        source="category"
        label="resources.dsa-notices.form.category"
        choices={categoryChoices}
        validate={v.category}
        fullWidth
      />
      <KeywordsInput />
      <TerritorialScopeInput />
      {reviewIds.map((id) => (
        <ContentLanguageInput
          key={id}
          reviewId={id}
          source={`contentLanguages.r${id}`}
          label={translate('resources.dsa-notices.decide.content_language', { id })}
        />
      ))}
      <TextInput
        source="facts"
        label="resources.dsa-notices.form.facts"
        multiline
        minRows={3}
        fullWidth
        validate={v.facts}
        helperText={t('facts_hint', { min: DECIDE_MIN.facts })}
      />
      <BooleanInput
        source="manifestlyIllegal"
        label="resources.dsa-notices.form.manifestlyIllegal"
        helperText={t('manifestly_illegal_hint')}
      />
    </>
  );
};
