import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Button, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { API_URL } from '../dataProvider.ts';

/** PDF documents opened in the browser's viewer, with the session (a plain GET: no CSRF header needed). */
export const DocumentLinks = ({ links }: { links: { label: string; path: string; testId: string }[] }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1}>
      {links.map((l) => (
        <Button
          key={l.path}
          size="small"
          startIcon={<PictureAsPdfIcon />}
          href={`${API_URL}/${l.path}`}
          target="_blank"
          rel="noopener"
          data-testid={l.testId}
        >
          {translate(l.label)}
        </Button>
      ))}
    </Stack>
  );
};
