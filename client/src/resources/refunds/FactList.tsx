import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface Fact {
  /** An i18n key. */
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Label / value pairs in two aligned columns (a `<dl>`), for the case page's panels. */
export const FactList = ({ facts }: { facts: Fact[] }) => {
  const translate = useTranslate();
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
      {facts.map((fact) => (
        <Box key={fact.label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate(fact.label)}
          </Typography>
          <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }} data-testid={fact.testId}>
            {typeof fact.value === 'string' ? (
              <Typography variant="body2" component="span">
                {fact.value}
              </Typography>
            ) : (
              fact.value
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
