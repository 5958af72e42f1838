// Runs in the page's <head>, before the first paint and before the app's script has even loaded (a
// classic script of this site: the Content-Security-Policy allows no inline one). Three things only:
// - a page whose HTML holds a drawing (npm run build, npm run site) hides it when the link asks for
//   another view of it (another ?src=, a ?file= from the reader's computer, ?embed, ?present): the app
//   draws that instead (main.ts);
// - the reader's saved theme is applied (as the app would, a moment later);
// - the dataset's fetch starts now, not once the app's script has been evaluated; main.ts takes the
//   response (early-load.ts) only for the very address it resolves, else it is left unused.
(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  // The ?src= drawn in the page ('' for the app's default story), said on this script's tag by npm run build / site.
  var drawn = document.currentScript ? document.currentScript.getAttribute('data-prerendered') : null;
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
    if (url.origin === location.origin && !url.username && !url.password && !params.has('live'))
      window.__sourcelineEarly = {
        href: url.href,
        response: fetch(url.href).catch(function () {
          return null;
        }),
      };
  } catch {
    // Not an address: the app says so.
  }
})();
