import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar.tsx';
import { Menu } from './Menu.tsx';
import { TwoFactorBanner } from './TwoFactorBanner.tsx';
import { useKeyboardRows } from './useKeyboardRows.ts';

export const Layout = ({ children }: { children: ReactNode }) => {
  useKeyboardRows();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      <TwoFactorBanner />
      {children}
    </RaLayout>
  );
};
