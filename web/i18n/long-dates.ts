/**
 * Dates written as `Intl.DateTimeFormat(lang, { dateStyle: 'long' })` writes them ("December
 * 3, 2026", "3 décembre 2026", "2026年12月3日"), without creating one: like the first number
 * format (whole-numbers.ts), the first date format of a visit loads locale data, some 100 ms
 * of a slowed phone's main thread on the insights page. CLDR's long date pattern and month
 * names for the six languages; long-dates.test.ts checks every day of a year against
 * `Intl.DateTimeFormat` itself. Another language goes to `Intl.DateTimeFormat`.
 */
const MONTHS: Record<string, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  // The genitive, as a date needs it ("3 декабря").
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
};

type Parts = { day: number; month: number; year: number };

const PATTERNS: Record<string, (p: Parts) => string> = {
  en: (p) => `${MONTHS.en![p.month]} ${p.day}, ${p.year}`,
  fr: (p) => `${p.day} ${MONTHS.fr![p.month]} ${p.year}`,
  es: (p) => `${p.day} de ${MONTHS.es![p.month]} de ${p.year}`,
  ru: (p) => `${p.day} ${MONTHS.ru![p.month]} ${p.year} г.`,
  zh: (p) => `${p.year}年${p.month + 1}月${p.day}日`,
  ar: (p) => `${p.day} ${MONTHS.ar![p.month]} ${p.year}`,
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** `date` (in the visitor's time zone) as a long date in `lang`. */
export function formatLongDate(lang: string, date: Date): string {
  const pattern = PATTERNS[lang];
  const year = date.getFullYear();
  if (pattern && year >= 1000 && year <= 9999)
    return pattern({ day: date.getDate(), month: date.getMonth(), year });
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'long' })));
  return f.format(date);
}
