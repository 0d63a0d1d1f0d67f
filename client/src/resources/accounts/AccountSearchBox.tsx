import SearchIcon from '@mui/icons-material/Search';
import { alpha, Autocomplete, Box, Chip, CircularProgress, InputAdornment, TextField, Typography } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';
import { useCanAccess, useCreatePath, useNavigate, useTranslate } from 'react-admin';
import type { SearchMatch } from './accountTypes.ts';
import { isSearchable, useAccountSearch } from './useAccountSearch.ts';

/**
 * Find a customer from the app bar: an e-mail or its start, an ICCID, an order number, a payment
 * reference, a referral code. Matches drop down as one types; Enter on a single match opens its 360.
 */
export const AccountSearchBox = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'accounts', action: 'show' });
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState<SearchMatch | null>(null);
  const [failed, setFailed] = useState(false);
  const { matches, isSearching, error, searchNow } = useAccountSearch(input);
  if (!canAccess) return null;

  const openAccount = (match: SearchMatch) => {
    setOpen(false);
    setInput('');
    navigate(createPath({ resource: 'accounts', id: match.accountId, type: 'show' }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || highlighted || !isSearchable(input)) return;
    event.preventDefault();
    setFailed(false);
    searchNow(input).then(
      (found) => { if (found.length === 1) openAccount(found[0]!); else setOpen(true); },
      () => { setFailed(true); setOpen(true); },
    );
  };
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.accounts.search.${key}`, args);
  const noOptions = error || failed ? t('error') : isSearching ? t('searching') : t('none');

  return (
    <Autocomplete<SearchMatch, false, false, false>
      options={matches}
      value={null}
      inputValue={input}
      open={open && isSearchable(input)}
      onOpen={() => setOpen(true)}
      onClose={(_event, reason) => { if (reason !== 'selectOption') setOpen(false); }}
      onInputChange={(_event, value, reason) => { if (reason === 'input') { setInput(value); setOpen(true); } }}
      onChange={(_event, match) => { if (match) openAccount(match); }}
      onHighlightChange={(_event, option) => setHighlighted(option)}
      onKeyDown={onKeyDown}
      filterOptions={(options) => options}
      getOptionLabel={(match) => match.email}
      getOptionKey={(match) => match.accountId}
      isOptionEqualToValue={(a, b) => a.accountId === b.accountId}
      loading={isSearching}
      loadingText={t('searching')}
      noOptionsText={noOptions}
      clearOnBlur={false}
      blurOnSelect
      forcePopupIcon={false}
      size="small"
      sx={{ width: { xs: 200, md: 340 }, mx: 1 }}
      slotProps={{ paper: { sx: { minWidth: 380 } }, listbox: { 'aria-label': t('results') } as object }}
      renderOption={({ key, ...props }, match) => (
        <Box component="li" key={key} {...props} data-testid={`search-match-${match.accountId}`}>
          <Box sx={{ minWidth: 0, flexGrow: 1 }}>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{match.email}</Typography>
            <Typography variant="caption" color="text.secondary">
              {t('matched', { by: t(`matched_by.${match.matchedBy}`), label: match.label, id: match.accountId })}
            </Typography>
          </Box>
          <Chip
            size="small" sx={{ ml: 1 }} variant="outlined"
            color={match.status === 'active' ? 'success' : 'default'} label={translate(`enums.account_status.${match.status}`)}
          />
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          placeholder={t('placeholder')}
          aria-label={t('label')}
          InputProps={{
            ...params.InputProps,
            startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" sx={{ color: 'inherit' }} /></InputAdornment>,
            endAdornment: isSearching ? <CircularProgress color="inherit" size={16} /> : null,
          }}
          inputProps={{ ...params.inputProps, 'data-testid': 'account-search' }}
          sx={(theme) => ({
            '& .MuiInputBase-root': { color: 'inherit', backgroundColor: alpha(theme.palette.common.white, 0.15), '&:hover': { backgroundColor: alpha(theme.palette.common.white, 0.25) } },
            '& .MuiOutlinedInput-notchedOutline': { border: 'none' },
            '& input::placeholder': { color: 'inherit', opacity: 0.8 },
          })}
        />
      )}
    />
  );
};
