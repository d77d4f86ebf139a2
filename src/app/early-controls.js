// Keeps the buttons of a prerendered page alive before the app has started. The build inlines it into
// <head>, so it listens from the first byte of <body> on; the Content-Security-Policy allows exactly this
// text by its hash (src/pipeline/serve/server-headers.ts). Links and forms work natively before the app
// (the header search is a GET form to /search); a button (`type="button"`) needs the app. A click on one
// before <html data-interactive> (by mouse, touch, Enter or Space) is held: React never sees it, so it
// cannot run twice. The app is asked to start at once (the starter, start-after-paint-plugin.ts, reads
// window.datelineEarly), and once it has taken over the button is clicked again: the same element, or
// the button in the same place with the same text if the app rendered the page anew. A button pressed
// twice while waiting is clicked once.
(function () {
  var html = document.documentElement;
  var BUTTON = 'button[type="button"]';
  var held = [];
  var early = (window.datelineEarly = { start: null, wanted: false });
  var ready = function () {
    return html.hasAttribute('data-interactive');
  };
  // Where a button sits (child indexes from <html>), to find it again in a page rendered anew.
  var pathOf = function (el) {
    var path = [];
    for (; el.parentElement; el = el.parentElement) path.unshift(Array.prototype.indexOf.call(el.parentElement.children, el));
    return path;
  };
  var at = function (path) {
    return path.reduce(function (el, i) {
      return el && el.children[i];
    }, html);
  };
  var hold = function (event) {
    var button = event.target instanceof Element ? event.target.closest(BUTTON) : null;
    if (!button || ready()) return;
    event.stopImmediatePropagation();
    if (!held.some(function (h) { return h[0] === button; })) held.push([button, pathOf(button), button.textContent]);
    early.wanted = true;
    if (early.start) early.start();
  };
  addEventListener('click', hold, true);
  new MutationObserver(function (_, observer) {
    if (!ready()) return;
    observer.disconnect();
    removeEventListener('click', hold, true);
    held.splice(0).forEach(function (h) {
      var target = h[0].isConnected ? h[0] : at(h[1]);
      if (target && target.matches(BUTTON) && target.textContent === h[2]) target.click();
    });
  }).observe(html, { attributes: true, attributeFilter: ['data-interactive'] });
})();
