import { Rating } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A 1–5 star rating (GCU §8), read-only. */
export const StarRatingField = (props: FieldProps) => {
  const value: unknown = useFieldValue(props);
  if (typeof value !== 'number') return null;
  return <Rating value={value} readOnly size="small" aria-label={`${value}/5`} />;
};
