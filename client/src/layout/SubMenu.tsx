import type { ComponentType, ReactNode } from 'react';
import { Collapse, List, ListItemIcon, MenuItem, Tooltip, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useSidebarState, useStore, useTranslate } from 'react-admin';

interface SubMenuProps {
  /** i18n key of the group title. */
  name: string;
  icon: ComponentType;
  dense?: boolean;
  children: ReactNode;
}

/** A collapsible group of menu entries; its open state survives reloads (react-admin store). */
export const SubMenu = ({ name, icon: Icon, dense = false, children }: SubMenuProps) => {
  const translate = useTranslate();
  const [sidebarIsOpen] = useSidebarState();
  const [isOpen, setIsOpen] = useStore(`menu.${name}.open`, true);
  const title = translate(name);

  const header = (
    <MenuItem dense={dense} onClick={() => setIsOpen(!isOpen)} aria-expanded={isOpen}>
      <ListItemIcon sx={{ minWidth: 5 }}>{isOpen ? <ExpandMoreIcon /> : <Icon />}</ListItemIcon>
      <Typography variant="inherit" color="textSecondary">
        {title}
      </Typography>
    </MenuItem>
  );

  return (
    <div>
      {sidebarIsOpen || isOpen ? (
        header
      ) : (
        <Tooltip title={title} placement="right">
          {header}
        </Tooltip>
      )}
      <Collapse in={isOpen} timeout="auto" unmountOnExit>
        <List
          dense={dense}
          component="div"
          disablePadding
          sx={{
            '& .MuiMenuItem-root': {
              transition: 'padding-left 195ms cubic-bezier(0.4, 0, 0.6, 1) 0ms',
              paddingLeft: (theme) => (sidebarIsOpen ? theme.spacing(4) : theme.spacing(2)),
            },
          }}
        >
          {children}
        </List>
      </Collapse>
    </div>
  );
};
