import type { Dispatch } from 'react';
import { commandForKey } from '../../deck/keyboard.ts';
import type { DeckAction, DeckState } from '../../deck/navigation.ts';
import { useWindowKeys } from '../../deck/use-window-keys.ts';
import { keyTarget } from '../mode-keys.ts';
import { routePresentKey } from './present-keys.ts';

interface PresentKeyHandlers {
  readonly exporting: boolean;
  readonly closeExport: () => void;
  readonly fullScreen: () => void;
  readonly openPresenter: () => void;
}

/** Present mode's keyboard: the shortcut table, after the open dialogs have had their keys. */
export function usePresentKeys(
  state: DeckState,
  dispatch: Dispatch<DeckAction>,
  { exporting, closeExport, fullScreen, openPresenter }: PresentKeyHandlers,
): void {
  useWindowKeys((event) => {
    const route = routePresentKey(keyTarget(event), state.overlay, exporting);
    if (route === 'close-export') closeExport();
    if (route !== 'deck') return;
    const command = commandForKey(event, state);
    // The notes' type size is the presenter console's; here + and − stay the browser's.
    if (!command || command.type === 'notes-size') return;
    event.preventDefault();
    if (command.type === 'deck') dispatch(command.action);
    else if (command.type === 'fullscreen') fullScreen();
    else openPresenter();
  });
}
