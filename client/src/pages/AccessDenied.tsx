import { Box, Card, CardContent, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { Button, Title, useTranslate } from 'react-admin';

/** Shown at /access-denied: by react-admin when canAccess says no, and by checkError on a 403 from the API. */
export const AccessDenied = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="access_denied.title" />
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }}>
          <LockIcon color="warning" />
          <Typography variant="h5" component="h1">
            {translate('access_denied.title')}
          </Typography>
        </Box>
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate('access_denied.message')}
        </Typography>
        <Button to="/" variant="contained" label="access_denied.back" />
      </CardContent>
    </Card>
  );
};
