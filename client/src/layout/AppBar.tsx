import { Typography } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton, useTranslate } from 'react-admin';
import { AccountSearchBox } from '../resources/accounts/AccountSearchBox.tsx';

/** Title, then the customer search (roles that read accounts), the locale menu (EN/FR), the light/dark toggle and the refresh indicator. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="primary"
      toolbar={
        <>
          <AccountSearchBox />
          <LocalesMenuButton />
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
      <Typography variant="body2" sx={{ opacity: 0.8, display: { xs: 'none', md: 'block' }, mr: 1 }}>
        {translate('app.title')}
      </Typography>
    </RaAppBar>
  );
};
