import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES, LANGUAGES, type Language } from '../../core/languages.ts';

interface Props {
  readonly current: Language;
  readonly onChange: (lang: Language) => void;
}

/** Always visible: a visitor or presenter changes language in one tap. */
export function LanguageSwitcher({ current, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('nav.language')}>
      {LANGUAGE_CODES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="chrome-button language-switcher__button"
          aria-pressed={lang === current}
          onClick={() => onChange(lang)}
        >
          {LANGUAGES[lang].name}
        </button>
      ))}
    </div>
  );
}
