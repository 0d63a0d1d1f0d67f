import { useEffect } from 'react';

const ROW = 'tr.RaDataTable-clickableRow';

/**
 * A list row that opens on click opens from the keyboard too: every clickable row is reached with Tab
 * and opened with Enter (react-admin's rows answer the mouse only). One observer for the whole console.
 */
export function useKeyboardRows(): void {
  useEffect(() => {
    const mark = () => {
      for (const row of document.querySelectorAll<HTMLTableRowElement>(ROW)) {
        if (!row.hasAttribute('tabindex')) row.setAttribute('tabindex', '0');
      }
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Enter' || !target?.matches(ROW)) return;
      event.preventDefault();
      // The first cell that is not a checkbox: a click there is the row's click, not a link's.
      const cell = Array.from(target.querySelectorAll('td')).find((td) => !td.querySelector('input[type="checkbox"]'));
      (cell ?? target).click();
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}
