/**
 * Kazakh number and date formats for engines whose ICU has no Kazakh data. Chromium's
 * bundled ICU (so Electron, Debian's Chromium and the PDF export) resolves `kk-KZ` to root
 * data: "28.3%" and "2024 M07 3" instead of "28,3%" and "2024 ж. 3 шілде". When that is
 * detected, format.ts uses these functions, which apply CLDR's Kazakh symbols and month
 * names to Intl's own digits and rounding. A test holds them equal to Node's full-ICU output.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const COMPACT: readonly [number, string][] = [
  [1e12, 'трлн'],
  [1e9, 'млрд'],
  [1e6, 'млн'],
  [1e3, 'мың'],
];

/** True when this engine formats Kazakh itself (Node with full ICU, some browsers). */
export function engineKnowsKazakh(): boolean {
  try {
    return (
      new Intl.NumberFormat('kk-KZ').format(1.5) === '1,5' &&
      new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' })
        .format(new Date(Date.UTC(2024, 6, 1)))
        .toLowerCase() === 'шілде'
    );
  } catch {
    return false;
  }
}

/** One formatter per set of options: building one costs far more than using it (format.ts). */
const digitFormats = new Map<string, Intl.NumberFormat>();

export function kkNumber(
  value: number,
  minimumFractionDigits: number,
  maximumFractionDigits: number,
  useGrouping = true,
): string {
  const key = `${minimumFractionDigits} ${maximumFractionDigits} ${useGrouping}`;
  let digits = digitFormats.get(key);
  if (!digits) {
    digits = new Intl.NumberFormat('en-US', {
      minimumFractionDigits,
      maximumFractionDigits,
      useGrouping,
    });
    digitFormats.set(key, digits);
  }
  return digits
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? NBSP : part.type === 'decimal' ? ',' : part.value))
    .join('');
}

export function kkPercent(percent: number, fractionDigits: number): string {
  return `${kkNumber(percent, fractionDigits, fractionDigits)}%`;
}

export function kkUsdCompact(dollars: number, maximumFractionDigits: number): string {
  const magnitude = Math.abs(dollars);
  for (const [unit, word] of COMPACT) {
    if (magnitude >= unit) {
      return `${kkNumber(dollars / unit, 0, maximumFractionDigits)}${NBSP}${word}${NBSP}$`;
    }
  }
  return `${kkNumber(dollars, 0, maximumFractionDigits)}${NBSP}$`;
}

function parts(date: Date): [number, string, number] {
  return [date.getUTCFullYear(), MONTHS[date.getUTCMonth()] ?? '', date.getUTCDate()];
}

export function kkDate(date: Date, precision: 'day' | 'month' | 'year'): string {
  const [year, month, day] = parts(date);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year} ж. ${month}`;
  return `${year} ж. ${day} ${month}`;
}

export function kkDateRange(from: Date, to: Date): string {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  if (y1 !== y2) return `${y1}${NNBSP}ж. ${d1} ${m1} – ${y2}${NNBSP}ж. ${d2} ${m2}`;
  if (m1 !== m2) return `${y1}${NNBSP}ж. ${d1} ${m1} – ${d2} ${m2}`;
  if (d1 !== d2) return `${y1}${NNBSP}ж. ${d1}–${d2} ${m1}`;
  return kkDate(from, 'day');
}

/**
 * Dates in Kazakh running text: «2024 жылғы 3 шілде», «2024 жылғы 3–4 шілде». Built here in
 * every engine, since no ICU has this form (it is Intl's «2024 ж.» written out).
 */
export function kkProseDate(date: Date, precision: 'day' | 'month' | 'year'): string {
  const [year, month, day] = parts(date);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year} жылғы ${month}`;
  return `${year} жылғы ${day} ${month}`;
}

export function kkProseDateRange(from: Date, to: Date): string {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  if (y1 !== y2) return `${kkProseDate(from, 'day')} – ${kkProseDate(to, 'day')}`;
  if (m1 !== m2) return `${y1} жылғы ${d1} ${m1} – ${d2} ${m2}`;
  if (d1 !== d2) return `${y1} жылғы ${d1}–${d2} ${m1}`;
  return kkProseDate(from, 'day');
}
