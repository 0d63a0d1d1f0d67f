import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { severityChipProps } from './severityLevels.ts';

/** A report's or a review's severity as a chip coloured by level ("5 · Threat" in red); nothing when 0. */
export const SeverityField = (props: FieldProps) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue(props);
  if (typeof value !== 'number' || value <= 0) return null;
  const level = Math.min(5, value);
  return (
    <Chip
      size="small"
      {...severityChipProps(level)}
      label={`${level} · ${translate(`resources.reviews.severity.level_${level}`)}`}
      data-testid={`severity-${level}`}
    />
  );
};
