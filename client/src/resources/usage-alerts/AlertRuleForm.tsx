import { Box, Button, CircularProgress, Stack } from '@mui/material';
import { BooleanInput, Form, NumberInput, SelectInput, TextInput, maxValue, minValue, number, required, useTranslate } from 'react-admin';
import { alertChannelChoices } from './alertChoices.ts';
import { smsNeedsNumber } from './alertValidators.ts';
import { ThresholdQuickPicks } from './ThresholdQuickPicks.tsx';

export interface AlertRuleValues {
  thresholdPercent: number;
  channel: 'email' | 'sms';
  destination: string | null;
  enabled: boolean;
}

// Seed 002: a whole percentage of the plan's data.
const validateThreshold = [required(), number(), minValue(1), maxValue(100)];
const emptyToNull = (value: string) => (value.trim() === '' ? null : value);

/**
 * Adds or edits one alert rule of a plan; the threshold has one-click picks (75, 90, 100 %), of the
 * data the plan gave or, on an unlimited plan, of its fair-use allowance. An SMS rule needs a number.
 */
export const AlertRuleForm = ({
  initial,
  isPending,
  submitLabel,
  onSubmit,
  onCancel,
  unlimited = false,
  accountHasPhone,
}: {
  initial: AlertRuleValues;
  isPending: boolean;
  submitLabel: string;
  onSubmit: (values: AlertRuleValues) => void;
  onCancel?: () => void;
  unlimited?: boolean;
  accountHasPhone?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Form
      record={initial}
      onSubmit={(values: Record<string, unknown>) => onSubmit(values as unknown as AlertRuleValues)}
      disableInvalidFormNotification
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }} data-testid="alert-rule-form">
        <Box sx={{ flexShrink: 0, display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }}>
          <NumberInput
            source="thresholdPercent"
            resource="usage-alerts"
            validate={validateThreshold}
            step={1}
            min={1}
            max={100}
            sx={{ width: 150 }}
            helperText={unlimited ? 'resources.usage-alerts.editor.of_fair_use' : false}
          />
          <ThresholdQuickPicks />
        </Box>
        <SelectInput
          source="channel"
          resource="usage-alerts"
          choices={alertChannelChoices}
          validate={required()}
          sx={{ minWidth: 120 }}
          helperText={false}
        />
        <TextInput
          source="destination"
          resource="usage-alerts"
          parse={emptyToNull}
          validate={smsNeedsNumber(accountHasPhone)}
          helperText="resources.usage-alerts.helper.destination"
          sx={{ flexGrow: 1 }}
        />
        <BooleanInput source="enabled" resource="usage-alerts" helperText={false} />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', mt: 1 }}>
        {onCancel && (
          <Button onClick={onCancel} disabled={isPending}>
            {translate('ra.action.cancel')}
          </Button>
        )}
        <Button
          type="submit"
          variant="contained"
          size="small"
          disabled={isPending}
          startIcon={isPending ? <CircularProgress size={14} color="inherit" /> : undefined}
          data-testid="alert-rule-submit"
        >
          {submitLabel}
        </Button>
      </Stack>
    </Form>
  );
};
