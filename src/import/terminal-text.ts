/**
 * Text from a source (a title, a tag, a URL a server sent) made safe to print: control characters and
 * bidirectional overrides are shown as escapes instead of being obeyed, so a hostile feed cannot set the
 * window title, clear the screen or reorder what the operator reads. Line breaks and tabs stay.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
