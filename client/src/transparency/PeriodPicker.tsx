import { Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DateRangeFields } from '../components/DateRangeFields.tsx';
import { PERIOD_PRESETS, presetPeriod, type PeriodPreset } from './reportPeriod.ts';
import type { ReportPeriod } from './reportTypes.ts';

interface PeriodPickerProps {
  period: ReportPeriod;
  onChange: (period: ReportPeriod) => void;
}

/** The report's period: a usual one in one click (calendar year, half-year, last 12 months), or any two days. */
export const PeriodPicker = ({ period, onChange }: PeriodPickerProps) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`dsa_transparency.period.${key}`, args);
  const year = new Date().getUTCFullYear();
  const current =
    PERIOD_PRESETS.find((p) => {
      const q = presetPeriod(p);
      return q.from === period.from && q.to === period.to;
    }) ?? null;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="period-picker">
      <ToggleButtonGroup
        size="small"
        exclusive
        value={current}
        onChange={(_event, preset: PeriodPreset | null) => {
          if (preset) onChange(presetPeriod(preset));
        }}
        aria-label={t('presets')}
      >
        {PERIOD_PRESETS.map((preset) => (
          <ToggleButton key={preset} value={preset} sx={{ whiteSpace: 'nowrap' }} data-testid={`period-${preset}`}>
            {t(preset, { year, last: year - 1 })}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <DateRangeFields range={period} onChange={onChange} fromLabel="dsa_transparency.period.from" toLabel="dsa_transparency.period.to" />
    </Stack>
  );
};
