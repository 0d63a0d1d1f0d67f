import { Button, ButtonGroup } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { QUICK_THRESHOLDS } from './alertChoices.ts';

/** The usual thresholds as one-click picks under the threshold input. */
export const ThresholdQuickPicks = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const current: unknown = useWatch({ name: 'thresholdPercent' });
  return (
    <ButtonGroup
      size="small"
      aria-label={translate('resources.usage-alerts.editor.quick_picks')}
      sx={{ mt: 1, '& .MuiButton-root': { whiteSpace: 'nowrap' } }}
    >
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
