import SecurityIcon from '@mui/icons-material/Security';
import { ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { SECURITY_PAGE_PATH } from '../pages/SecurityPage.tsx';
import { GlobalSearchBox } from '../search/GlobalSearchBox.tsx';

/** The user menu's "Security" (second factor, password), then react-admin's sign-out. */
const SecurityMenuItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={SECURITY_PAGE_PATH} ref={ref} {...props} onClick={() => userMenu?.onClose()} data-testid="menu-security">
      <ListItemIcon>
        <SecurityIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('auth.security')}</ListItemText>
    </MenuItem>
  );
});

/** Title, then the one search (roles that read accounts: customers, eSIMs, orders, transfers, refunds, notices), the locale menu (EN/FR), the light/dark toggle and the refresh indicator. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="primary"
      userMenu={
        <UserMenu>
          <SecurityMenuItem />
          <Logout />
        </UserMenu>
      }
      toolbar={
        <>
          <GlobalSearchBox />
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
