import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskExitRefusal, KioskExitResult } from '../../../core/ipc-contract.ts';
import { pinFromInput } from './pin-entry.ts';

interface Props {
  /** Sends the PIN to main; the app quits when it is right. */
  readonly onExit: (pin: string) => Promise<KioskExitResult>;
  readonly onClose: () => void;
}

const KEYPAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The operator's way out of a desktop kiosk that has a PIN: a keypad, because a touch kiosk
 * often has no keyboard, physical or on screen.
 */
export function KioskExitDialog({ onExit, onClose }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [refusal, setRefusal] = useState<KioskExitRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const explain: Record<KioskExitRefusal, string> = {
    'wrong-pin': t('kiosk.exit.wrongPin'),
    locked: t('kiosk.exit.locked'),
    'no-pin': t('kiosk.exit.unavailable'),
    'not-kiosk': t('kiosk.exit.unavailable'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || pin === '') return;
    setBusy(true);
    try {
      const result = await onExit(pin);
      if (!result.ok) {
        setRefusal(result.reason);
        setPin('');
      }
    } catch {
      setRefusal('no-pin');
    } finally {
      setBusy(false);
    }
  };
  const type = (digit: string) => setPin((current) => pinFromInput(current + digit));

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="kiosk-exit-title">
      <form
        className="dialog-panel kiosk-exit"
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id="kiosk-exit-title" className="kiosk-exit__title">
          {t('kiosk.exit.title')}
        </h2>
        <label className="kiosk-exit__field">
          {t('kiosk.exit.prompt')}
          <input
            ref={field}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(event) => setPin(pinFromInput(event.target.value))}
          />
        </label>
        <div className="kiosk-exit__keypad">
          {KEYPAD.map((digit) => (
            <button key={digit} type="button" className="kiosk-button" onClick={() => type(digit)}>
              {digit}
            </button>
          ))}
          <button
            type="button"
            className="kiosk-button"
            aria-label={t('kiosk.exit.delete')}
            onClick={() => setPin((current) => current.slice(0, -1))}
          >
            <BackspaceIcon />
          </button>
          <button type="button" className="kiosk-button" onClick={() => type('0')}>
            0
          </button>
        </div>
        <p className="kiosk-exit__message" role="alert">
          {refusal === null ? '' : explain[refusal]}
        </p>
        <div className="kiosk-exit__actions">
          <button type="button" className="chrome-button" onClick={onClose}>
            {t('kiosk.exit.cancel')}
          </button>
          <button type="submit" className="chrome-button" disabled={busy || pin === ''}>
            {t('kiosk.exit.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Drawn, not the ⌫ character: the bundled font subsets have no such glyph (see ArrowIcon). */
function BackspaceIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true">
      <path
        d="M9 5h11v14H9l-6-7zM12 9l5 6M17 9l-5 6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
