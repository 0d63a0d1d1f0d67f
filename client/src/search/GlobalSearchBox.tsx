import SearchIcon from '@mui/icons-material/Search';
import { alpha, Autocomplete, Box, Chip, CircularProgress, InputAdornment, ListSubheader, TextField, Typography } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';
import { useCanAccess, useCreatePath, useNavigate, useTranslate } from 'react-admin';
import { RESOURCE_OF_KIND, type SearchResult } from './searchTypes.ts';
import { isSearchable, useGlobalSearch } from './useGlobalSearch.ts';

const keyOf = (r: SearchResult) => `${r.kind}-${r.id}`;
/** The vocabulary of each kind's status (client/src/i18n/en/enums.ts). */
const STATUS_ENUM: Record<SearchResult['kind'], string> = {
  customer: 'account_status',
  esim: 'esim_status',
  order: 'order_status',
  transfer: 'transfer_status',
  refund: 'refund_status',
  dsa_notice: 'dsa_notice_status',
};

/**
 * The app bar's one search (docs/SEARCH.md): a name, an e-mail or any part of it, a phone number
 * as people say it, an ICCID or its last digits, an order, a payment or notice reference, a transfer's
 * recipient. Results drop down grouped by kind, exact matches first; the arrow keys move through
 * them and Enter opens the record (a single result opens on Enter straight away).
 */
export const GlobalSearchBox = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  // Every role that reads accounts (support, finance, moderators; admin): the catalog team has nothing to find here.
  const { canAccess } = useCanAccess({ resource: 'accounts', action: 'list' });
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState<SearchResult | null>(null);
  const [failed, setFailed] = useState(false);
  const { results, isSearching, error, searchNow } = useGlobalSearch(input);
  if (!canAccess) return null;

  const t = (key: string, args?: Record<string, unknown>) => translate(`search.${key}`, args);
  const openResult = (r: SearchResult) => {
    setOpen(false);
    setInput('');
    navigate(createPath({ resource: RESOURCE_OF_KIND[r.kind], id: r.id, type: 'show' }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      setOpen(false);
      return;
    }
    if (event.key !== 'Enter' || highlighted || !isSearchable(input)) return;
    event.preventDefault();
    setFailed(false);
    searchNow(input).then(
      (found) => {
        if (found.length === 1) openResult(found[0]!);
        else setOpen(true);
      },
      () => {
        setFailed(true);
        setOpen(true);
      },
    );
  };
  const noOptions = error || failed ? t('error') : isSearching ? t('searching') : t('none');

  return (
    <Autocomplete<SearchResult, false, false, false>
      options={results}
      value={null}
      inputValue={input}
      open={open && isSearchable(input)}
      onOpen={() => setOpen(true)}
      onClose={(_event, reason) => {
        if (reason !== 'selectOption') setOpen(false);
      }}
      onInputChange={(_event, value, reason) => {
        if (reason === 'input') {
          setInput(value);
          setOpen(true);
        }
      }}
      onChange={(_event, r) => {
        if (r) openResult(r);
      }}
      onHighlightChange={(_event, option) => setHighlighted(option)}
      onKeyDown={onKeyDown}
      filterOptions={(options) => options}
      groupBy={(r) => r.kind}
      getOptionLabel={(r) => r.title}
      getOptionKey={keyOf}
      isOptionEqualToValue={(a, b) => keyOf(a) === keyOf(b)}
      loading={isSearching}
      loadingText={t('searching')}
      noOptionsText={noOptions}
      clearOnBlur={false}
      blurOnSelect
      autoHighlight
      forcePopupIcon={false}
      size="small"
      sx={{ width: { xs: 200, md: 360 }, mx: 1 }}
      slotProps={{ paper: { sx: { minWidth: 420 } }, listbox: { 'aria-label': t('results') } as object }}
      renderGroup={(params) => (
        <li key={params.key} data-testid={`search-group-${params.group}`}>
          <ListSubheader component="div" sx={{ lineHeight: '32px', fontWeight: 600 }}>
            {t(`kinds.${params.group}`)}
          </ListSubheader>
          <Box component="ul" sx={{ p: 0 }}>
            {params.children}
          </Box>
        </li>
      )}
      renderOption={({ key, ...props }, r) => (
        <Box component="li" key={key} {...props} data-testid={`search-result-${r.kind}-${r.id}`}>
          <Box sx={{ minWidth: 0, flexGrow: 1 }}>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {r.title}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
              {t(`matched_by.${r.matchedBy}`)}
              {r.rank === 0 ? ` (${t('exact')})` : ''}
              {r.detail ? ` · ${r.kind === 'transfer' ? t('transfer_from', { sender: r.detail }) : r.detail}` : ''}
            </Typography>
          </Box>
          {r.status ? (
            <Chip
              size="small"
              sx={{ ml: 1 }}
              variant="outlined"
              label={translate(`enums.${STATUS_ENUM[r.kind]}.${r.status}`, { _: r.status })}
              color={r.status === 'pending' || r.status === 'received' ? 'warning' : 'default'}
            />
          ) : null}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          placeholder={t('placeholder')}
          aria-label={t('label')}
          InputProps={{
            ...params.InputProps,
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" sx={{ color: 'inherit' }} />
              </InputAdornment>
            ),
            endAdornment: isSearching ? <CircularProgress color="inherit" size={16} /> : null,
          }}
          inputProps={{ ...params.inputProps, 'data-testid': 'global-search' }}
          sx={(theme) => ({
            '& .MuiInputBase-root': {
              color: 'inherit',
              backgroundColor: alpha(theme.palette.common.white, 0.15),
              '&:hover': { backgroundColor: alpha(theme.palette.common.white, 0.25) },
            },
            '& .MuiOutlinedInput-notchedOutline': { border: 'none' },
            '& input::placeholder': { color: 'inherit', opacity: 0.8 },
          })}
        />
      )}
    />
  );
};
