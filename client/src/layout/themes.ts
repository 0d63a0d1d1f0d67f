import { radiantDarkTheme, radiantLightTheme, type RaThemeOptions } from 'react-admin';

// react-admin's Radiant theme in both modes (the app bar toggles between them), with a
// sidebar wide enough for the longest resource names ("Law-enforcement referrals").
const sidebar = { width: 290, closedWidth: 55 };

export const lightTheme: RaThemeOptions = { ...radiantLightTheme, sidebar };
export const darkTheme: RaThemeOptions = { ...radiantDarkTheme, sidebar };
