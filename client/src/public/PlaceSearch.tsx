// The one search box (issue #5): communes, settlements, tribus, Wi-Fi sites and schools, found by the
// server whatever the accents, case or a typo. An ARIA 1.2 combobox from downshift: arrows move
// through the list, Enter chooses (the first result is ready to choose), Escape closes.
import { useCombobox } from 'downshift';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from './public-api.ts';
import { MIN_QUERY_LENGTH, usePlaceSearch } from './usePlaceSearch.ts';

const { InputBlur, ItemClick, InputKeyDownEnter } = useCombobox.stateChangeTypes;

export interface PlaceSearchProps {
  onChoose: (result: SearchResult) => void;
  /** False offline: the box says searching needs a connection instead of failing quietly. */
  online: boolean;
}

export function PlaceSearch({ onChoose, online }: PlaceSearchProps) {
  const { t } = useTranslation();
  const [inputValue, setInputValue] = useState('');
  const search = usePlaceSearch(inputValue);
  const items = search.results;

  // Downshift keeps the text and tells it here (controlling it from here loses keys typed fast).
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps } =
    useCombobox<SearchResult>({
      items,
      // Never "selected": choosing the same place twice flies there twice.
      selectedItem: null,
      defaultHighlightedIndex: 0,
      itemToString: (item) => item?.label ?? '',
      itemToKey: (item) => (item ? `${item.kind}:${item.ref}` : null),
      onInputValueChange: ({ inputValue: next }) => setInputValue(next),
      // Leaving the box (a tap on the map) must not choose whatever was highlighted.
      stateReducer: (state, { type, changes }) =>
        type === InputBlur ? { ...changes, inputValue: state.inputValue } : changes,
      onStateChange: ({ type, selectedItem }) => {
        if ((type === ItemClick || type === InputKeyDownEnter) && selectedItem) onChoose(selectedItem);
      },
    });

  // Said while the list is open, or when there is nothing to list; not under a place just chosen.
  const active = inputValue.trim().length >= MIN_QUERY_LENGTH && (isOpen || search.status === 'error');
  const status = !active
    ? ''
    : !online && search.status === 'error'
      ? t('public.search.offline')
      : search.status === 'error'
        ? t('public.search.failed', { detail: search.error?.message ?? '' })
        : search.status === 'loading' && search.results.length === 0
          ? t('public.search.searching')
          : search.status === 'ready' && search.results.length === 0
            ? t('public.search.noResult', { query: search.query })
            : search.status === 'ready'
              ? t('public.search.results', { count: search.results.length })
              : '';
  const showList = isOpen && items.length > 0;

  return (
    <div className="place-search">
      <label className="place-search__label" {...getLabelProps()}>
        {t('public.search.label')}
      </label>
      <div className="place-search__field">
        <input
          className="place-search__input"
          type="text"
          placeholder={t('public.search.placeholder')}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="place-search-status"
          {...getInputProps()}
        />
        <ul
          className="place-search__results"
          data-open={showList ? 'true' : undefined}
          {...getMenuProps({ 'aria-label': t('public.search.list') })}
        >
          {showList &&
            items.map((item, index) => (
              <li
                key={`${item.kind}:${item.ref}`}
                className="place-search__option"
                data-kind={item.kind}
                data-highlighted={highlightedIndex === index ? 'true' : undefined}
                {...getItemProps({ item, index })}
              >
                <span className="place-search__name">{item.label}</span>
                <span className="place-search__meta">
                  {t(`public.search.kind.${item.kind}`)}
                  {item.kind !== 'commune' && ` · ${item.communeName}`}
                </span>
              </li>
            ))}
        </ul>
      </div>
      <p
        id="place-search-status"
        // The list says how many it holds; the line is for screen readers then, and for everyone otherwise.
        className={showList ? 'visually-hidden' : 'place-search__status'}
        role="status"
        data-status={active ? search.status : 'idle'}
      >
        {status}
      </p>
    </div>
  );
}
