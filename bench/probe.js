// Installed in every benchmarked page before its own scripts (page.addInitScript): records long
// tasks, the load marks and the end of the first frame after them, and drives wheel and drag
// gestures one synthetic event per animation frame. Observes and dispatches; changes nothing else.
(() => {
  const READY_MARKS = new Set(['sourceline:rendered', 'sourceline:map-drawn', 'vis:rendered']);
  const state = {
    longTasks: [],
    /** performance.now() at the end of the first frame after a ready mark, by mark name. */
    paintedMs: {},
    domAtPaint: {},
    /** Fallback when the app sets no marks: the first [data-event-id] element. */
    firstEventMs: null,
    firstEventPaintedMs: null,
    domAtFirstEvent: null,
  };
  window.__bench = state;

  const countElements = () => document.getElementsByTagName('*').length;

  /** Calls back at the end of the next frame: after its rAF callbacks, style, layout and paint. */
  function afterNextFrame(callback) {
    window.requestAnimationFrame(() => endOfThisFrame(callback));
  }

  /** From inside a rAF callback: a message posted now is handled once the frame's rendering is done. */
  function endOfThisFrame(callback) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback(performance.now());
    };
    channel.port2.postMessage(null);
  }

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longTasks = null;
  }

  // Know whether code runs inside a rAF callback: a mark set there is drawn by that same frame.
  let rafDepth = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((frameMs) => {
      rafDepth++;
      try {
        callback(frameMs);
      } finally {
        rafDepth--;
      }
    });

  // Wrap performance.mark to catch the ready marks synchronously (a PerformanceObserver reports
  // them a task later, possibly a frame late).
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (READY_MARKS.has(name) && !(name in state.paintedMs)) {
      const record = (now) => {
        state.paintedMs[name] = now;
        state.domAtPaint[name] = countElements();
      };
      if (rafDepth > 0) endOfThisFrame(record);
      else afterNextFrame(record);
    }
    return entry;
  };

  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-event-id]')) return;
    observer.disconnect();
    state.firstEventMs = performance.now();
    afterNextFrame((now) => {
      state.firstEventPaintedMs = now;
      state.domAtFirstEvent = countElements();
    });
  });
  observer.observe(document, { childList: true, subtree: true });

  const markTime = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;

  /** 'ready', 'error' or null (still loading), for the node side to poll. */
  state.readiness = (readyMark) => {
    if (window.__visError || document.querySelector('.load-error')) return 'error';
    if (readyMark) return readyMark in state.paintedMs ? 'ready' : null;
    return state.firstEventPaintedMs !== null ? 'ready' : null;
  };

  state.loadReport = (parsedMark, readyMark) => ({
    parsedMs: parsedMark ? markTime(parsedMark) : null,
    // Sourceline's stages before it (parse-replies.ts): the body's last byte read, the worker's check done, every slice received.
    fetchedMs: markTime('sourceline:fetched'),
    // The worker's stages as their replies arrive (the page is idle meanwhile): decoding, parsing, checking, then ordering and writing the slices.
    stagesMs: {
      decoding: markTime('sourceline:decoding'),
      parsing: markTime('sourceline:parsing'),
      checking: markTime('sourceline:checking'),
      indexing: markTime('sourceline:indexing'),
    },
    checkedMs: markTime('sourceline:checked'),
    receivedMs: markTime('sourceline:received'),
    renderedMs: readyMark ? markTime(readyMark) : state.firstEventMs,
    paintedMs: readyMark ? (state.paintedMs[readyMark] ?? null) : state.firstEventPaintedMs,
    domAtPaint: readyMark ? (state.domAtPaint[readyMark] ?? null) : state.domAtFirstEvent,
    longTasks: state.longTasks,
    error: window.__visError ?? document.querySelector('.load-error')?.textContent?.trim().slice(0, 500) ?? null,
  });

  // ---- Gestures -------------------------------------------------------------------------------

  const TOOLS = {
    // d3-zoom: `wheel` and `mousedown` on the <svg>; `mousemove`/`mouseup` on event.view (window).
    sourceline: {
      target: () => document.querySelector('svg[role="group"][aria-label^="Timeline of"]'),
      wheel(target, x, y, deltaY) {
        target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, deltaY, deltaMode: 0 }));
      },
      down(target, x, y) {
        target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 1 }));
      },
      move(x, y) {
        window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 1 }));
      },
      up(x, y) {
        window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 0 }));
      },
      view(target) {
        const t = target.__zoom;
        return t ? { k: t.k, x: t.x } : null;
      },
    },
    // The map view: the same d3-zoom gestures on the map's <svg>.
    'sourceline-map': {
      target: () => document.querySelector('svg.geo-map'),
      wheel(target, x, y, deltaY) {
        target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, deltaY, deltaMode: 0 }));
      },
      down(target, x, y) {
        target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 1 }));
      },
      move(x, y) {
        window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 1 }));
      },
      up(x, y) {
        window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 0 }));
      },
      view(target) {
        const t = target.__zoom;
        return t ? { k: t.k, x: t.x, y: t.y } : null;
      },
    },
    // vis-timeline: `wheel` on the centre panel (its Range zooms by event.wheelDelta / 120); drag is
    // Hammer.js on pointer events: `pointerdown` on the element, `pointermove`/`pointerup` on window.
    vis: {
      target: () => document.querySelector('.vis-timeline .vis-panel.vis-center'),
      wheel(target, x, y, deltaY) {
        // Same zoom per step as d3-zoom's 2^(-deltaY × 0.002): vis scales by 1 + (wheelDelta / 120) / 5.
        // Chromium's WheelEvent takes the legacy wheelDeltaY (read as event.wheelDelta) from its init.
        const wheelDeltaY = -Math.sign(deltaY) * Math.round(600 * (Math.pow(2, Math.abs(deltaY) * 0.002) - 1));
        target.dispatchEvent(
          new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, deltaY, deltaMode: 0, wheelDeltaY }),
        );
      },
      down(target, x, y) {
        target.dispatchEvent(
          new PointerEvent('pointerdown', {
            bubbles: true,
            cancelable: true,
            composed: true,
            view: window,
            pointerId: 1,
            pointerType: 'mouse',
            isPrimary: true,
            clientX: x,
            clientY: y,
            button: 0,
            buttons: 1,
          }),
        );
      },
      move(x, y) {
        window.dispatchEvent(
          new PointerEvent('pointermove', {
            bubbles: true,
            cancelable: true,
            composed: true,
            view: window,
            pointerId: 1,
            pointerType: 'mouse',
            isPrimary: true,
            clientX: x,
            clientY: y,
            button: -1,
            buttons: 1,
          }),
        );
      },
      up(x, y) {
        window.dispatchEvent(
          new PointerEvent('pointerup', {
            bubbles: true,
            cancelable: true,
            composed: true,
            view: window,
            pointerId: 1,
            pointerType: 'mouse',
            isPrimary: true,
            clientX: x,
            clientY: y,
            button: 0,
            buttons: 0,
          }),
        );
      },
      view() {
        const w = window.timeline?.getWindow();
        return w ? { startMs: +w.start, endMs: +w.end } : null;
      },
      /** Pan through the API when pointer dragging cannot be scripted: shift the window by dxPx. */
      panBy(target, dxPx) {
        const w = window.timeline.getWindow();
        const msPerPx = (w.end - w.start) / target.clientWidth;
        window.timeline.setWindow(+w.start - dxPx * msPerPx, +w.end - dxPx * msPerPx, { animation: false });
      },
    },
  };

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Runs one gesture, one input event per animation frame. plan: { tool, kind: 'wheel' | 'drag' |
   * 'api-pan' | 'idle', steps: number[] (wheel deltaY, or drag dx in px), budgetMs }. Per step it
   * records the frame's rAF timestamp, the time around the dispatch (at the start of the frame, as
   * Chromium dispatches real input), the end of that frame, and the element count after it.
   */
  state.drive = async (plan) => {
    const tool = TOOLS[plan.tool];
    const target = tool.target();
    if (!target) return { error: `no ${plan.tool} chart to drive in the page` };
    const box = target.getBoundingClientRect();
    const x0 = Math.round(box.left + box.width / 2);
    // The timeline's first lanes are near its top; the map is driven at its centre.
    const y0 = Math.round(box.top + (plan.tool === 'sourceline-map' ? box.height / 2 : Math.min(box.height / 2, 60)));
    const viewBefore = tool.view(target);
    let viewHalf = null;
    let x = x0;
    const samples = [];
    const started = performance.now();
    let timedOut = false;

    if (plan.kind === 'drag') {
      await nextFrame();
      tool.down(target, x, y0);
    }
    for (let i = 0; i < plan.steps.length; i++) {
      if (performance.now() - started > plan.budgetMs) {
        timedOut = true;
        break;
      }
      const step = plan.steps[i];
      samples.push(
        await new Promise((resolve) => {
          requestAnimationFrame((frameMs) => {
            const t0Ms = performance.now();
            if (plan.kind === 'wheel') tool.wheel(target, x0, y0, step);
            else if (plan.kind === 'drag') tool.move((x += step), y0);
            else if (plan.kind === 'api-pan') tool.panBy(target, step);
            const t1Ms = performance.now();
            endOfThisFrame((endMs) => resolve({ frameMs, t0Ms, t1Ms, endMs, dom: countElements() }));
          });
        }),
      );
      if (i === Math.floor(plan.steps.length / 2) - 1) viewHalf = tool.view(target);
    }
    // One more frame: its timestamp closes the last interval, and rAF work the tool deferred from
    // the last step runs before this callback.
    const tail = await new Promise((resolve) => requestAnimationFrame((frameMs) => resolve({ frameMs, t0Ms: performance.now() })));
    if (plan.kind === 'drag') tool.up(x, y0);
    await sleep(250); // let d3-zoom's wheel gesture (150 ms) and vis-timeline's throttles end
    // Long tasks from the gesture's first step to its end (and the work its end set off).
    const longTasks = (state.longTasks ?? []).filter((t) => t.startMs >= started).map((t) => ({ startMs: t.startMs, durationMs: t.durationMs }));
    return { samples, tail, timedOut, viewBefore, viewHalf, viewAfter: tool.view(target), point: [x0, y0], longTasks };
  };
})();
