import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The note as it will be recorded (or sent), on a dialog's confirmation step. */
export const NoteEcho = ({ note, label = 'resources.reviews.form.note' }: { note: string | null | undefined; label?: string }) => {
  const translate = useTranslate();
  const text = note?.trim();
  if (!text) return null;
  return (
    <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="note-echo">
      <strong>{translate(label)}:</strong> {text}
    </Typography>
  );
};
