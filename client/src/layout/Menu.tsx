import { Box } from '@mui/material';
import { DashboardMenuItem, Menu as RaMenu, useCanAccessResources, type MenuProps } from 'react-admin';
import { MENU_GROUPS, MENU_RESOURCES } from './menuGroups.ts';
import { SubMenu } from './SubMenu.tsx';

/** The work areas, each showing only the resources the staff member's roles may read; empty areas are hidden. */
export const Menu = ({ dense = false }: MenuProps) => {
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: MENU_RESOURCES });

  return (
    <Box sx={{ mt: 1, mb: 1 }}>
      <DashboardMenuItem />
      {!isPending &&
        canAccess &&
        MENU_GROUPS.map((group) => {
          const visible = group.resources.filter((resource) => canAccess[resource]);
          if (visible.length === 0) return null;
          return (
            <SubMenu key={group.name} name={`menu.${group.name}`} icon={group.icon} dense={dense}>
              {visible.map((resource) => (
                <RaMenu.ResourceItem key={resource} name={resource} dense={dense} />
              ))}
            </SubMenu>
          );
        })}
    </Box>
  );
};
