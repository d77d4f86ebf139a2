import { useNow } from './use-now';

const HOUR = 3_600_000;
const RECENT = 24 * HOUR;

// Formatters are costly to create and a page shows dozens of dates: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F {
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}
/** `timeZone` undefined: the reader's own. */
const dateFormat = (locale: string, withTime: boolean, timeZone?: string) =>
  cached(`${locale}|${withTime}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, { ...(withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }), timeZone }));
const relativeFormat = (locale: string) => cached(`${locale}|relative`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

function relative(ms: number, locale: string): string {
  const format = relativeFormat(locale);
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 60) return format.format(-Math.max(1, minutes), 'minute');
  return format.format(-Math.round(ms / HOUR), 'hour');
}

interface TimeProps {
  dateTime: string;
  /** Locale for the words and digits, normally the article's language. */
  locale?: string;
  /** Injectable so tests are deterministic; by default the shared page clock. */
  now?: number;
}

/**
 * A date as a reader likes it: "3 hours ago" when recent, otherwise an absolute date in the reader's
 * language, always with the exact instant in `datetime` and in a tooltip.
 */
export function Time({ dateTime, locale = 'en', now: fixedNow }: TimeProps) {
  const clock = useNow();
  const now = fixedNow ?? clock;
  const at = Date.parse(dateTime);
  // Until the clock is known (the prerender, and hydrating it) dates are in UTC: the page's bytes do not
  // depend on the build machine's time zone, and hydration finds the text the prerender wrote wherever
  // the reader is. Then they are in the reader's own time zone.
  const zone = now === undefined ? 'UTC' : undefined;
  const absolute = dateFormat(locale, true, zone).format(at);
  const age = now === undefined ? Infinity : now - at;
  const text = age >= 0 && age < RECENT ? relative(age, locale) : dateFormat(locale, false, zone).format(at);
  return (
    <time dateTime={dateTime} title={absolute}>
      {text}
    </time>
  );
}
