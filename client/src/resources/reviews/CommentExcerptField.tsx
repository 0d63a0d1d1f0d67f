import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** The first two lines of a comment; "No comment" for a rating alone, "Erased" once expired. */
export const CommentExcerptField = (props: FieldProps) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue(props);
  const text = typeof value === 'string' && value.trim() ? value : null;
  return (
    <Typography
      variant="body2"
      color={text ? 'textPrimary' : 'textSecondary'}
      sx={{
        display: '-webkit-box',
        WebkitLineClamp: 2,
        WebkitBoxOrient: 'vertical',
        overflow: 'hidden',
        maxWidth: 420,
        fontStyle: text ? undefined : 'italic',
      }}
    >
      {text ?? translate('resources.reviews.no_comment')}
    </Typography>
  );
};
