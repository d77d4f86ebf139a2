import { feedInstant } from '../jsonfeed/map-item';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names (and the ones feeds write anyway) → minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  gmt: 0, ut: 0, utc: 0, z: 0, wet: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === '') return 0; // no zone: read as UTC
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return minutes > 14 * 60 ? undefined : numeric[1] === '-' ? -minutes : minutes;
  }
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  return /^[a-ik-z]$/i.test(zone) ? 0 : undefined; // RFC 2822: military zones are read as UTC
}

/**
 * An RFC 822 / 2822 date as feeds write it ("Tue, 1 Dec 2026 08:30:00 +0330", "01 Dec 26 08:30 GMT",
 * "Tue, 01 Dec 2026 08:30:00 EST", a wrong weekday, "Sept", "+03:30") → an RFC 3339 instant keeping
 * its offset, or undefined when it is not a date.
 */
export function rfc822Instant(value: string): string | undefined {
  const match = /^\s*(?:[a-z]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?\s*(?:\([^)]*\))?\s*$/i.exec(value);
  if (!match) return undefined;
  const [, d, mon, y, h, min, s, zone] = match;
  const month = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase());
  const offset = zoneMinutes(zone);
  if (month < 0 || offset === undefined) return undefined;
  let year = Number(y);
  if (y!.length === 2) year += year < 50 ? 2000 : 1900;
  const [day, hour, minute, second] = [Number(d), Number(h), Number(min), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return undefined; // 31 Feb
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const tz = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}${tz}`;
}

/** A feed date in either form (RFC 3339 for Atom and dc:date, RFC 822 for RSS). */
export function feedDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return rfc822Instant(value) ?? feedInstant(value.trim());
}
