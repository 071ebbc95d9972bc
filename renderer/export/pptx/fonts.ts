/**
 * The deck's typeface in PowerPoint. The screen's Noto Sans is bundled with the app but not
 * installed on a venue's laptop, and PowerPoint does not take fonts from a file it opens.
 * Arial is on every stock Windows and macOS and covers Kazakh's Cyrillic letters (ә ғ қ ң ө
 * ұ ү һ і); LibreOffice reads it as the metric-compatible Liberation Sans, which covers them
 * too, so lines break in the same places. Headings are Arial bold: the stock serifs do not
 * all carry Kazakh's letters.
 */
export const FONT_FACE = 'Arial';
