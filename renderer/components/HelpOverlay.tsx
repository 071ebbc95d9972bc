import { Dialog } from './Dialog.tsx';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, type ShortcutId } from '../deck/keyboard.ts';
import { ArrowIcon } from './ArrowIcon.tsx';

const ARROWS = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'up',
  ArrowDown: 'down',
} as const;

const KEY_LABELS: Record<string, string> = {
  PageDown: 'PgDn',
  PageUp: 'PgUp',
  Escape: 'Esc',
};

/** The shortcut table, translated; closes with Escape, ? or the button. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus moves into the dialog, and back to where it was (e.g. the "?" button) on close.
    const opener = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const describe: Record<ShortcutId, string> = {
    next: t('help.keys.next'),
    previous: t('help.keys.previous'),
    first: t('help.keys.first'),
    last: t('help.keys.last'),
    overview: t('help.keys.overview'),
    fullscreen: t('help.keys.fullscreen'),
    presenter: t('help.keys.presenter'),
    help: t('help.keys.help'),
    jump: t('help.keys.jump'),
    notesSize: t('help.keys.notesSize'),
  };
  const keyName = (key: string) => {
    if (key in ARROWS) return <ArrowIcon direction={ARROWS[key as keyof typeof ARROWS]} />;
    return key === ' ' ? t('help.keyNames.space') : (KEY_LABELS[key] ?? key.toUpperCase());
  };

  return (
    <Dialog title={t('help.title')} className="help">
      <dl className="help__list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.id} className="help__row">
            <dt>
              {shortcut.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && (
                    <span className="help__or">
                      {shortcut.id === 'jump' ? ' + ' : ` ${t('help.keyNames.or')} `}
                    </span>
                  )}
                  <kbd>{keyName(key)}</kbd>
                </span>
              ))}
            </dt>
            <dd>{describe[shortcut.id]}</dd>
          </div>
        ))}
      </dl>
      <p className="help__touch">{t('help.touch')}</p>
      <button ref={closeButton} type="button" className="chrome-button" onClick={onClose}>
        {t('help.close')}
      </button>
    </Dialog>
  );
}
