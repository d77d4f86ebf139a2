// Applies the reader's saved settings before the first paint. The build inlines it into <head> and the
// Content-Security-Policy allows exactly this text by its hash (src/pipeline/serve/server-headers.ts), so it
// costs no request. The same rules live in src/features/settings/reading-settings.ts.
(function () {
  try {
    var s = JSON.parse(localStorage.getItem('dateline-settings') || 'null');
    if (!s || s.version !== 1) return;
    var root = document.documentElement;
    if (['light', 'dark', 'sepia'].indexOf(s.theme) >= 0) root.setAttribute('data-theme', s.theme);
    if (s.textSize >= 0 && s.textSize <= 4 && s.textSize !== 2) root.setAttribute('data-text-size', String(s.textSize));
    if (s.font === 'sans') root.setAttribute('data-font', 'sans');
  } catch {
    // Unreadable settings: the defaults apply, and the settings panel rewrites them on the next change.
  }
})();
