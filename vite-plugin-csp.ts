// The Content-Security-Policy the built app ships with, as a <meta> at the top of index.html (build
// only: the dev server injects its own scripts and styles). No inline script and no eval anywhere;
// data files can reach no script, and a forged file or message has nothing to load or run.
import type { Plugin } from 'vite';

/**
 * Each directive and why it is what it is:
 * - script-src 'self': the app's module scripts and its parse worker's module (which the page imports
 *   itself where no worker may start). No 'unsafe-inline', no 'unsafe-eval' (zod runs jitless).
 * - style-src 'self' + style-src-attr 'unsafe-inline': the stylesheet is a file; the `style`
 *   attributes an SVG export writes on its copy of the chart are the only inline styles (Svelte's
 *   `style:` directives and d3 set styles through the CSSOM, which CSP does not restrict).
 * - img-src data: blob:: the PNG export draws the SVG from a blob: URL; https:: a file's pictures
 *   (media-url.ts refuses http:, data: and every other scheme in the data before anything loads).
 * - media-src 'self' https:: a file's video and audio files, the same way.
 * - frame-src: only the two privacy-preserving video players, framed on the reader's click.
 * - connect-src http: https:: `?src=` may name a dataset on any web host (other schemes are refused
 *   before any request is made).
 * - worker-src 'self': the parse worker is a file of the app.
 * - form-action 'none': the app submits no forms (a `<dialog>` form closes without submitting).
 * `frame-ancestors`, `sandbox` and `report-uri` are ignored in a <meta> (browsers warn), so they are
 * left out: send them as HTTP headers to restrict who may frame the app (embedding is a feature).
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'style-src-attr': "'unsafe-inline'",
  'img-src': "'self' data: blob: https:",
  'media-src': "'self' https:",
  'frame-src': 'https://www.youtube-nocookie.com https://player.vimeo.com',
  'font-src': "'self'",
  'connect-src': "'self' https: http:",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

export const contentSecurityPolicyText = (policy = CONTENT_SECURITY_POLICY) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');

export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyText(policy)}" />`;
  return {
    name: 'sourceline-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script or stylesheet: a policy applies only to what follows it.
      handler: (html) => {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html has no <meta charset> to put the Content-Security-Policy after');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
      },
    },
  };
}
