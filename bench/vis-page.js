// Loads a Sourceline dataset into vis-timeline with its default options: one group per actor, an
// item per event in the lane of its first actor ('range' when it has an end, else 'box').
// Marks `vis:parsed` once the data is fetched, parsed and converted, and `vis:rendered` when
// vis-timeline reports its initial draw complete. Benchmark page only; never part of the app.
(() => {
  const DAY_MS = 86_400_000;

  /** Start of an ISO date at its precision (YYYY, YYYY-MM, YYYY-MM-DD), in UTC ms. */
  function startMs(iso) {
    const m = /^(-?\d{4,6})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (!m) return Date.parse(iso);
    const d = new Date(Date.UTC(2000, m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
    d.setUTCFullYear(Number(m[1]));
    return d.getTime();
  }

  /** End of an inclusive ISO date at its precision, in UTC ms (2008-04-04 ends at midnight on the 5th). */
  function endMs(iso) {
    const m = /^(-?\d{4,6})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (!m) return Date.parse(iso);
    const d = new Date(startMs(iso));
    if (m[3]) return d.getTime() + DAY_MS;
    if (m[2]) d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d.getTime();
  }

  function fail(message) {
    window.__visError = message;
    document.body.textContent = message;
  }

  async function main() {
    const vis = globalThis.vis;
    if (!vis) return fail('vis-timeline did not load (vendor/vis-timeline-graph2d.min.js)');
    const src = new URLSearchParams(location.search).get('src');
    if (!src) return fail('give ?src=<dataset.json>');
    const response = await fetch(src);
    if (!response.ok) return fail(`${src}: HTTP ${response.status}`);
    const graph = await response.json();

    const actorNames = new Map((graph.actors ?? []).map((a) => [a.id, a.name]));
    const groups = new vis.DataSet([...actorNames].map(([id, name]) => ({ id, content: name })));
    const items = new vis.DataSet(
      graph.events.map((event) => {
        const item = { id: event.id, content: event.title, start: startMs(event.start) };
        if (event.end) {
          item.end = endMs(event.end);
          item.type = 'range';
        } else item.type = 'box';
        const actor = event.actors?.[0];
        if (actor !== undefined) item.group = actor;
        return item;
      }),
    );
    performance.mark('vis:parsed');

    const container = document.getElementById('timeline');
    window.timeline = new vis.Timeline(container, items, groups, {
      onInitialDrawComplete: () => performance.mark('vis:rendered'),
    });
  }

  main().catch((error) => fail(`vis page failed: ${error instanceof Error ? error.message : String(error)}`));
})();
