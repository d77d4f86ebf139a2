import { useNow } from './use-now';

const HOUR = 3_600_000;

// Formatters are costly to create and a page shows dozens of dates: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function dateFormat(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    formatters.set(key, format);
  }
  return format;
}
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `${locale}|relative`;
  let format = formatters.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formatters.set(key, format);
  }
  return format;
}
const RECENT = 24 * HOUR;

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
  const absolute = dateFormat(locale, true).format(at);
  const age = now === undefined ? Infinity : now - at;
  const text = age >= 0 && age < RECENT ? relative(age, locale) : dateFormat(locale, false).format(at);
  return (
    <time dateTime={dateTime} title={absolute}>
      {text}
    </time>
  );
}
