import { Dialog, VisuallyHidden } from 'radix-ui';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { SearchHit } from '../../../../shared/search/searchIndex';
import { useWorkbook } from '../workbooks';
import { isSearchShortcut } from './shortcut';
import { SearchPanel } from './SearchPanel';
import { searchTarget } from './searchTarget';
import { useSearchStore } from './searchStore';
import { useWorkbookSearch } from './useWorkbookSearch';
import styles from './Search.module.css';

/** The workbook the current route is inside, if it is open (not archived or unknown). */
function useOpenCommunityId(): string | null {
  const match = useMatch('/w/:communityId/*');
  const communityId = match?.params.communityId ?? '';
  const { workbook } = useWorkbook(communityId);
  return workbook && !workbook.archivedAt ? communityId : null;
}

/** Another modal (a form, a confirmation) has the keyboard: the shortcut leaves it be. */
const otherDialogOpen = () =>
  document.querySelector('[role="dialog"]:not([data-search]), [role="alertdialog"]') !== null;

/**
 * Search across the open workbook: a command palette opened with Ctrl+K
 * (⌘K on a Mac) anywhere in the workbook or by the sidebar's button. The
 * index is kept live in the background while the workbook is open.
 */
export function SearchPalette() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const communityId = useOpenCommunityId();
  const search = useWorkbookSearch(communityId);
  const open = useSearchStore((s) => s.open);
  const setOpen = useSearchStore((s) => s.setOpen);
  const navigated = useRef(false);

  useEffect(() => {
    if (!communityId) {
      setOpen(false);
      return;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) || otherDialogOpen()) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [communityId, setOpen]);

  const openHit = useCallback(
    (hit: SearchHit) => {
      if (!communityId || !search) return;
      const target = searchTarget(hit.doc, (docId) => search.index.findByDocId(docId));
      navigated.current = true;
      setOpen(false);
      void navigate(`/w/${communityId}/${target}`);
    },
    [communityId, search, navigate, setOpen],
  );

  if (!communityId) return null;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content
          className={styles.palette}
          data-search=""
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            // After opening a result, the new page gets the focus, not the old button.
            if (!navigated.current) return;
            navigated.current = false;
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          <VisuallyHidden.Root asChild>
            <Dialog.Title>{t('search.title')}</Dialog.Title>
          </VisuallyHidden.Root>
          <SearchPanel search={search} onOpen={openHit} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
