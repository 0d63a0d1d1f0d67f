import { Button, ButtonGroup } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';

/** Seed 002's usual thresholds, one click each: 75 % (the usual extra), 90 % and 100 % (a new plan's defaults). */
export const QUICK_THRESHOLDS = [75, 90, 100] as const;

export const ThresholdQuickPicks = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const current: unknown = useWatch({ name: 'thresholdPercent' });
  return (
    <ButtonGroup size="small" aria-label={translate('resources.usage-alerts.editor.quick_picks')} sx={{ mt: 1 }}>
      {QUICK_THRESHOLDS.map((value) => (
        <Button
          key={value}
          variant={current === value ? 'contained' : 'outlined'}
          onClick={() => setValue('thresholdPercent', value, { shouldDirty: true, shouldValidate: true })}
          data-testid={`threshold-${value}`}
        >
          {translate('resources.usage-alerts.editor.percent', { value })}
        </Button>
      ))}
    </ButtonGroup>
  );
};
