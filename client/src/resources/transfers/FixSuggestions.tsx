import CheckIcon from '@mui/icons-material/CheckCircle';
import { List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EmailSuggestion } from './transferTypes.ts';

interface FixSuggestionsProps {
  suggestions: EmailSuggestion[];
  selected: string;
  onPick: (email: string) => void;
}

/** "Did the sender mean…?": the likely intended addresses, best first, each with why and whether it has an account. */
export const FixSuggestions = ({ suggestions, selected, onPick }: FixSuggestionsProps) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.transfers.fix.${key}`);
  if (suggestions.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('no_suggestions')}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="subtitle2">{t('suggestions')}</Typography>
      <List dense disablePadding aria-label={t('suggestions')}>
        {suggestions.map((suggestion) => (
          <ListItemButton
            key={suggestion.email}
            selected={selected === suggestion.email}
            onClick={() => onPick(suggestion.email)}
            data-testid="fix-suggestion"
            sx={{ borderRadius: 1 }}
          >
            <ListItemIcon sx={{ minWidth: 32 }}>
              <CheckIcon fontSize="small" color={selected === suggestion.email ? 'primary' : 'disabled'} />
            </ListItemIcon>
            <ListItemText
              primary={suggestion.email}
              secondary={`${t(`suggestion_source.${suggestion.source}`)} · ${t(suggestion.accountId ? 'has_account' : 'no_account')}`}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
            />
          </ListItemButton>
        ))}
      </List>
    </>
  );
};
