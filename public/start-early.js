// Runs in the page's <head>, before the first paint and before the app's script has even loaded (a
// classic script of this site: the Content-Security-Policy allows no inline one). Three things only:
// - a page whose HTML holds a drawing (npm run build, npm run site) hides it when the link asks for
//   another view of it (another ?src=, a ?file= from the reader's computer, ?embed, ?present): the app
//   draws that instead (main.ts);
// - the reader's saved theme is applied (as the app would, a moment later);
// - the dataset's fetch starts now, not once the app's script has been evaluated; main.ts takes the
//   response (early-load.ts) only for the very address it resolves, else it is left unused; and for
//   a file the parse worker will read (larger than the page parses itself), the worker starts as soon
//   as the response says its size, booting while the app's script loads;
// - on a drawn page, what the reader presses before the app has taken it over (a mark, a button) is
//   kept, so that the app does it once it has (early-presses.ts): the press is not lost.
(function () {
  var root = document.documentElement;
  /**
   * The parse worker, started for a response whose size says the worker will parse it (early-load.ts:
   * over PAGE_PARSE_MAX_BYTES, up to EARLY_MAX_BYTES), with the replies it sends before the app takes
   * it ('ready'); null for any other.
   */
  var startParser = function (response) {
    var length = Number(response.headers.get('Content-Length') || 0);
    if (!parser || typeof Worker !== 'function' || !response.ok || !(length > 128000 && length <= 4000000)) return null;
    try {
      var started = { worker: new Worker(new URL(parser, location.href), { type: 'module' }), replies: [], failed: false };
      started.worker.onmessage = function (e) {
        started.replies.push(e.data);
      };
      started.worker.onerror = function (e) {
        e.preventDefault();
        started.failed = true;
      };
      return started;
    } catch {
      // Workers refused: the app parses as it would have.
      return null;
    }
  };
  var params = new URLSearchParams(location.search);
  // The ?src= drawn in the page ('' for the app's default story), said on this script's tag by npm run build / site.
  var drawn = document.currentScript ? document.currentScript.getAttribute('data-prerendered') : null;
  // The parse worker's module, relative to the page, said by npm run build / site.
  var parser = document.currentScript ? document.currentScript.getAttribute('data-parser') : null;
  var src = params.get('src');
  if (src === null) src = drawn || 'data/ukraine-nato.json';
  if (
    drawn !== null &&
    (src !== (drawn || 'data/ukraine-nato.json') ||
      params.has('embed') ||
      params.has('present') ||
      params.has('presenter') ||
      (params.get('src') === null && params.has('file')))
  )
    root.setAttribute('data-other-view', '');
  // Presses on the drawing before the app runs (html[data-app] is set then), or on a part of it the
  // app takes over a moment later (inside [data-waiting]: separate-root.ts), and a file chosen before
  // it runs: at most 10, in order.
  if (drawn !== null) {
    var presses = (window.__sourcelineEarlyPresses = []);
    // Kept, and not done meanwhile: not by the browser (a button of a form would send it), nor by the
    // page around a part not yet taken over (each press is done once, in order, by the app).
    var keep = function (element, e) {
      if (!element || (root.hasAttribute('data-app') && !element.closest('[data-waiting]'))) return;
      e.preventDefault();
      e.stopPropagation();
      if (presses.length < 10) presses.push(element);
    };
    document.addEventListener(
      'change',
      function (e) {
        var app = document.getElementById('app');
        var input = e.target;
        if (input && input.type === 'file' && app && app.contains(input)) keep(input, e);
      },
      true,
    );
    var pressable = function (target) {
      var app = document.getElementById('app');
      var element = target && target.closest ? target.closest('button, [role="button"]') : null;
      return element && app && app.contains(element) && !element.disabled ? element : null;
    };
    document.addEventListener(
      'click',
      function (e) {
        keep(pressable(e.target), e);
      },
      true,
    );
    // A mark (role="button", not a <button>) pressed with Enter or Space: a <button> clicks itself.
    document.addEventListener(
      'keydown',
      function (e) {
        var element = (e.key === 'Enter' || e.key === ' ') && pressable(e.target);
        if (element && element.tagName !== 'BUTTON') keep(element, e);
      },
      true,
    );
  }
  // The reader's theme (color-scheme.ts), before the drawing in the HTML is painted in another one.
  try {
    var theme = localStorage.getItem('sourceline-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch {
    // Storage refused (a sandboxed frame): the system's theme.
  }
  try {
    var url = new URL(src.trim() || 'data/ukraine-nato.json', location.href);
    // Only from this site: a file named on another host is fetched by the parse worker, as always, so
    // the page never receives a body it would not parse (early-load.ts).
    // Not for a live story, whose loads carry their validators (ETag, Last-Modified) from the first on.
    if (url.origin === location.origin && !url.username && !url.password && !params.has('live')) {
      var early = (window.__sourcelineEarly = { href: url.href, response: null, parser: null });
      early.response = fetch(url.href).then(
        function (response) {
          early.parser = startParser(response);
          return response;
        },
        function () {
          return null;
        },
      );
    }
  } catch {
    // Not an address: the app says so.
  }
})();
