import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatters } from './useFormatters.ts';
import { useRefundRules } from './useRefundRules.ts';

/**
 * What four eyes mean for this amount, naming the threshold (the admin setting
 * `four_eyes_threshold_cents`): above it the approval waits for a second finance approver; at or
 * below it, it decides. Without an amount, the rule itself. Nothing while the rule is unknown.
 */
export const FourEyesHint = ({ amountCents }: { amountCents?: number }) => {
  const translate = useTranslate();
  const { money } = useFormatters();
  const { data: rules } = useRefundRules();
  if (!rules) return null;
  const threshold = money(rules.fourEyesThresholdCents);
  const key =
    amountCents === undefined ? 'four_eyes_rule' : amountCents > rules.fourEyesThresholdCents ? 'four_eyes_above' : 'four_eyes_within';
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: amountCents === undefined ? 0 : 2 }} data-testid="four-eyes-hint">
      {translate(`resources.refunds.approve.${key}`, { threshold })}
    </Typography>
  );
};
