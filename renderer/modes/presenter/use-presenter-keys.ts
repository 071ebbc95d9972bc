import type { Dispatch } from 'react';
import { commandForKey } from '../../deck/keyboard.ts';
import type { DeckAction, DeckState } from '../../deck/navigation.ts';
import { useWindowKeys } from '../../deck/use-window-keys.ts';
import { keyTarget } from '../mode-keys.ts';
import { reachesConsole } from './presenter-keys.ts';

/**
 * The console's keyboard: deck navigation and the notes' type size. The overview does not
 * apply here (the console has its own slide list), nor do full screen and presenter.
 */
export function usePresenterKeys(
  state: DeckState,
  dispatch: Dispatch<DeckAction>,
  changeNotesSize: (step: 1 | -1) => void,
): void {
  useWindowKeys((event) => {
    if (!reachesConsole(keyTarget(event), state.overlay)) return;
    const command = commandForKey(event, state);
    if (command?.type === 'notes-size') {
      event.preventDefault();
      changeNotesSize(command.step);
    } else if (command?.type === 'deck' && command.action.type !== 'toggle-overview') {
      event.preventDefault();
      dispatch(command.action);
    }
  });
}
