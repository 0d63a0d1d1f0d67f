import { Box } from '@mui/material';
import { createElement } from 'react';
import { DashboardMenuItem, Menu as RaMenu, useCanAccessResources, usePermissions, type MenuProps } from 'react-admin';
import type { Role } from '../../../server/domain/enums.ts';
import { mayOpenPage } from '../../../server/domain/permissions.ts';
import { MENU_GROUPS, MENU_RESOURCES } from './menuGroups.ts';
import { SubMenu } from './SubMenu.tsx';

/** The work areas, each showing only the resources and pages the staff member's roles may open; empty areas are hidden. */
export const Menu = ({ dense = false }: MenuProps) => {
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: MENU_RESOURCES });
  const { permissions } = usePermissions<Role[]>();

  return (
    <Box sx={{ mt: 1, mb: 1 }}>
      <DashboardMenuItem />
      {!isPending &&
        canAccess &&
        MENU_GROUPS.map((group) => {
          const visible = group.resources.filter((resource) => canAccess[resource]);
          const pages = (group.pages ?? []).filter((page) => mayOpenPage(permissions ?? [], page.path));
          if (visible.length === 0 && pages.length === 0) return null;
          return (
            <SubMenu key={group.name} name={`menu.${group.name}`} icon={group.icon} dense={dense}>
              {visible.map((resource) => (
                <RaMenu.ResourceItem key={resource} name={resource} dense={dense} />
              ))}
              {pages.map((page) => (
                <RaMenu.Item key={page.path} to={page.path} primaryText={page.label} leftIcon={createElement(page.icon)} dense={dense} />
              ))}
            </SubMenu>
          );
        })}
    </Box>
  );
};
