import { useTranslation } from 'react-i18next';

interface Props {
  readonly messages: readonly string[];
  readonly onDismiss: (message: string) => void;
}

/** Short, dismissible messages in the current language (fallbacks, unavailable features). */
export function Notices({ messages, onDismiss }: Props) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <div className="notices" role="status">
      {messages.map((message) => (
        <p key={message} className="notice">
          <span>{message}</span>
          <button type="button" className="chrome-button" onClick={() => onDismiss(message)}>
            {t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
