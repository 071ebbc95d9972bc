import { useEffect, useEffectEvent, type Dispatch } from 'react';
import type { Language } from '../../../core/languages.ts';
import type { ShellCommand } from '../../../core/ipc-contract.ts';
import type { DeckAction } from '../../deck/navigation.ts';
import { indexOfSlide } from '../../deck/use-deck.ts';
import { shellApi } from '../../platform/bridge.ts';

interface ShellCommandHandlers {
  readonly onLanguage: (lang: Language) => void;
  readonly onPresenter: () => void;
  readonly onExport: () => void;
}

/**
 * The desktop shell's menu commands (View, Go, File → Export) as present mode carries them
 * out. An effect event: subscribed once, it always calls the current render's handlers.
 */
export function useShellCommands(
  dispatch: Dispatch<DeckAction>,
  { onLanguage, onPresenter, onExport }: ShellCommandHandlers,
): void {
  const carryOut = useEffectEvent((command: ShellCommand) => {
    if (command.type === 'show-overview') dispatch({ type: 'toggle-overview' });
    else if (command.type === 'show-help') dispatch({ type: 'toggle-help' });
    else if (command.type === 'toggle-presenter') onPresenter();
    else if (command.type === 'set-language') onLanguage(command.language);
    else if (command.type === 'go') dispatch({ type: 'go', index: indexOfSlide(command.slideId) });
    else if (command.type === 'export') onExport();
  });
  useEffect(() => shellApi()?.onCommand((command) => carryOut(command)), []);
}
