import { useTranslation } from 'react-i18next';
import { useRenderContext } from '../deck/render-context.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { CROSS_CHECKS, formatSourceDate, SOURCES } from './sources.ts';
import { crossCheckValues, sourceTextValues } from './text-values.ts';

const TEXT = 18;
const LINE = 1.25;

/**
 * The sources slide's list: every source behind a figure (publisher or title · when it was
 * published · where to find it · a note · what it backs) and the notes where official
 * statistics differ from the article. Titles, notes and dates are in the language shown;
 * addresses are not translated. Two columns of 18 px text, to fit the 1920×1080 stage
 * under the slide's heading.
 */
export function SourceList() {
  const { t } = useTranslation('data');
  const { lang } = useRenderContext();
  const values = crossCheckValues(lang);
  const sourceValues = sourceTextValues(lang);
  return (
    <section
      aria-label={t('sourceList.label')}
      style={{
        columnCount: 2,
        columnGap: 56,
        fontFamily: FONT_FAMILY,
        fontSize: TEXT,
        lineHeight: LINE,
        color: PALETTE.ink,
      }}
    >
      <h3 style={heading}>{t('sourceList.sourcesHeading')}</h3>
      <ol style={{ margin: 0, paddingLeft: 28 }}>
        {SOURCES.map((s) => {
          const date = formatSourceDate(lang, s);
          return (
            <li key={s.id} data-source-id={s.id} style={{ breakInside: 'avoid', marginBottom: 4 }}>
              <strong>{t(s.title, sourceValues)}</strong>
              {date && <span style={muted}> · {date}</span>}
              {s.url && (
                <span style={muted}>
                  {' · '}
                  <span translate="no" style={address}>
                    {s.alsoAt ? `${s.url}; ${s.alsoAt}` : s.url}
                  </span>
                </span>
              )}
              {s.note && <span style={muted}> · {t(s.note, sourceValues)}</span>}
              <span style={muted}> · {t('sourceList.backsLabel')}</span> {t(s.description)}
            </li>
          );
        })}
      </ol>
      <h3 style={{ ...heading, marginTop: 12 }}>{t('sourceList.notesHeading')}</h3>
      <ul style={{ margin: 0, paddingLeft: 28 }}>
        {CROSS_CHECKS.map((c) => (
          <li
            key={c.id}
            data-cross-check={c.id}
            data-sources={c.sources.join(' ')}
            style={{ breakInside: 'avoid', marginBottom: 6 }}
          >
            {t(`crossChecks.${c.id}`, values)}
          </li>
        ))}
      </ul>
    </section>
  );
}

const muted = { color: PALETTE.muted } as const;

/** An address may break anywhere rather than overflow its column. */
const address = { overflowWrap: 'anywhere' } as const;

const heading = {
  fontSize: 22,
  fontWeight: 700,
  margin: '0 0 6px',
  color: PALETTE.steppe,
  breakAfter: 'avoid',
} as const;
