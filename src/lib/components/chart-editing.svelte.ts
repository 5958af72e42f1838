// Editing on the timeline, in edit mode: what a drag on a mark means (move it, resize a range, draw a
// link to another mark), the keys on a focused mark (Alt+←/→ moves it by its precision, Alt+Shift+←/→
// moves a range's end, L then arrows and Enter links it, N makes an event, Delete deletes it), and a
// double-click on an empty spot making an event there. The edits are the editor's; the preview
// (a ghost of the mark with its new date, a line to the link's target) is drawn by TimelineEditLayer.
import { tick } from 'svelte';
import { markDrag, startsMarkDrag, type DragPart, type MarkDragEvents, type PointerAt } from '../attachments/drag-marks.ts';
import { NO_ACTOR_LANE } from '../layout/lanes.ts';
import type { LaneView, MarkView } from '../layout/timeline-layout.ts';
import { parseDate } from '../model/dates.ts';
import { dateNear, precisionForWindow } from '../model/draft/date-shift.ts';
import { deleteItem, indexOfId, setFields } from '../model/draft/draft-edits.ts';
import { anchorMs, endDraggedTo, endSteppedBy, movedTo, steppedBy, type DateTexts, type EventDates } from '../model/draft/event-moves.ts';
import type { EventGraph } from '../model/graph.ts';
import type { TimeScale } from '../scale/time-scale.ts';
import { formatSpan } from '../model/format-date.ts';
import { createItem, createLink } from '../state/editor-actions.ts';
import type { EditorState } from '../state/editor-state.svelte.ts';
import type { ViewState } from '../state/view-state.svelte.ts';

export interface ChartGeometry {
  readonly graph: EventGraph;
  readonly svg: SVGSVGElement | undefined;
  /** The scale marks are laid out with, and how far the drawn layer is slid from it. */
  readonly scale: TimeScale;
  readonly panOffsetPx: number;
  readonly layout: { readonly marks: readonly MarkView[]; readonly lanes: readonly LaneView[] };
  readonly windowMs: readonly [number, number];
}

export interface Ghost {
  readonly x0Px: number;
  readonly x1Px: number;
  readonly yPx: number;
  readonly text: string;
}

export interface LinkLine {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly toId: string | null;
}

const textsOf = (graph: EventGraph, id: string): EventDates | null => {
  const event = graph.eventById.get(id);
  return event ? { start: event.start, end: event.end } : null;
};

const spanText = (texts: DateTexts) => {
  const s = parseDate(texts.start);
  const e = texts.end ? parseDate(texts.end) : null;
  return s.ok ? formatSpan(s.date, e?.ok ? e.date : undefined) : texts.start;
};

export class ChartEditing {
  ghost = $state.raw<Ghost | null>(null);
  linkLine = $state.raw<LinkLine | null>(null);
  /** Keyboard linking: the event a link starts from, and the one it would go to. */
  linkFrom = $state<string | null>(null);
  linkTo = $state<string | null>(null);

  readonly #editor: EditorState;
  readonly #view: ViewState;
  readonly #geometry: () => ChartGeometry;
  #drag: { id: string; part: DragPart; startPx: number; anchorPx: number; texts: DateTexts | null } | null = null;

  constructor(editor: EditorState, view: ViewState, geometry: () => ChartGeometry) {
    this.#editor = editor;
    this.#view = view;
    this.#geometry = geometry;
  }

  get active() {
    return this.#editor.active;
  }

  /** For d3-zoom: a press on a mark in edit mode is a drag of the mark, not a pan. */
  zoomFilter = (event: Event) => !startsMarkDrag(event, this.#editor.active);

  /** The layout's x for a pointer's clientX (the SVG's 1 px border and the pan's slide taken off). */
  #layoutPx(clientX: number) {
    const { svg, panOffsetPx } = this.#geometry();
    return clientX - (svg?.getBoundingClientRect().left ?? 0) - 1 - panOffsetPx;
  }
  #layoutPy(clientY: number) {
    return clientY - (this.#geometry().svg?.getBoundingClientRect().top ?? 0) - 1;
  }
  #mark(id: string) {
    return this.#geometry().layout.marks.find((m) => m.laneEvent.event.id === id);
  }

  #apply(id: string, texts: DateTexts, label: string) {
    const index = indexOfId(this.#editor.doc, 'events', id);
    if (index < 0) return;
    this.#editor.apply(setFields('events', index, { start: texts.start, ...(texts.end !== undefined ? { end: texts.end } : {}) }, label));
    this.#editor.announcement = `${label[0]!.toUpperCase()}${label.slice(1)}: ${spanText(texts)}`;
  }

  readonly drag: MarkDragEvents = {
    enabled: () => this.#editor.active,
    start: (id, part, at) => {
      const mark = this.#mark(id);
      if (!mark) return;
      const dates = textsOf(this.#geometry().graph, id);
      this.#drag = { id, part, startPx: this.#layoutPx(at.clientX), anchorPx: dates ? this.#geometry().scale(anchorMs(dates)) : mark.x0Px, texts: null };
    },
    move: (at) => this.#preview(at),
    end: (at) => {
      const drag = this.#drag;
      this.#preview(at);
      this.ghost = null;
      this.linkLine = null;
      this.#drag = null;
      if (!drag) return;
      if (drag.part === 'link') {
        if (at.overId && at.overId !== drag.id) this.#link(drag.id, at.overId);
      } else if (drag.texts) this.#apply(drag.id, drag.texts, drag.part === 'end' ? 'resize event' : 'move event');
    },
    cancel: () => {
      this.#drag = null;
      this.ghost = null;
      this.linkLine = null;
    },
    dblclick: (at) => void this.#createAt(this.#geometry().scale.invert(this.#layoutPx(at.clientX)).getTime(), this.#laneAt(this.#layoutPy(at.clientY))),
  };

  /** The drag attachment for the chart's SVG (`{@attach editing.attach}`). */
  readonly attach = markDrag(this.drag);

  #preview(at: PointerAt) {
    const drag = this.#drag;
    if (!drag) return;
    const { scale, graph } = this.#geometry();
    const mark = this.#mark(drag.id);
    const px = this.#layoutPx(at.clientX);
    if (drag.part === 'link') {
      const target = at.overId && at.overId !== drag.id ? this.#mark(at.overId) : undefined;
      if (mark)
        this.linkLine = {
          x1: (mark.x0Px + mark.x1Px) / 2,
          y1: mark.yPx,
          x2: target ? target.x0Px : px,
          y2: target ? target.yPx : this.#layoutPy(at.clientY),
          toId: target ? at.overId : null,
        };
      return;
    }
    const dates = textsOf(graph, drag.id);
    if (!dates || !mark) return;
    const texts: DateTexts =
      drag.part === 'end'
        ? { start: dates.start.text, end: endDraggedTo(dates, scale.invert(px).getTime() - 1) }
        : movedTo(dates, scale.invert(drag.anchorPx + (px - drag.startPx)).getTime(), { keepDuration: at.shiftKey });
    drag.texts = texts;
    const s = parseDate(texts.start);
    const e = texts.end ? parseDate(texts.end) : null;
    if (!s.ok) return;
    const x0 = texts.end ? scale(s.date.startMs) : scale((s.date.startMs + s.date.endMs) / 2);
    const x1 = e?.ok ? scale(e.date.endMs) : x0;
    this.ghost = { x0Px: x0, x1Px: x1, yPx: mark.yPx, text: spanText(texts) };
  }

  #laneAt(yPx: number): string | null {
    const lane = this.#geometry().layout.lanes.find((l) => yPx >= l.yPx && yPx < l.yPx + l.heightPx);
    return lane && lane.id !== NO_ACTOR_LANE ? lane.id : null;
  }

  /** A new event at an instant, at a precision that suits the zoom, in the lane given; its form opens on the title. */
  async #createAt(ms: number, laneId: string | null) {
    const [a, b] = this.#geometry().windowMs;
    const start = dateNear(ms, { precision: precisionForWindow(b - a) });
    const { id } = createItem(this.#editor, 'events', { title: 'New event', start, ...(laneId ? { actors: [laneId] } : {}) }, 'New event');
    this.#view.select(id);
    await tick();
    document.querySelector<HTMLInputElement>('.edit-panel input[name="title"]')?.select();
  }

  #link(from: string, to: string) {
    createLink(this.#editor, from, to);
    const graph = this.#geometry().graph;
    this.#editor.announcement = `Linked “${graph.eventById.get(from)?.title ?? from}” to “${graph.eventById.get(to)?.title ?? to}”: choose the type in the form`;
  }

  /** Keys on the chart in edit mode; true when handled. */
  keydown(e: KeyboardEvent, eventId: string | null): boolean {
    if (!this.#editor.active) return false;
    const { graph } = this.#geometry();
    if (this.linkFrom !== null) return this.#linkKey(e, graph);
    if (eventId && e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      const dates = textsOf(graph, eventId);
      if (!dates) return false;
      const units = e.key === 'ArrowLeft' ? -1 : 1;
      if (e.shiftKey) this.#apply(eventId, { start: dates.start.text, end: endSteppedBy(dates, units) }, 'resize event');
      else this.#apply(eventId, steppedBy(dates, units), 'move event');
      return true;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    if (eventId && (e.key === 'l' || e.key === 'L')) {
      this.linkFrom = eventId;
      this.linkTo = this.#neighbour(graph, eventId, 1) ?? this.#neighbour(graph, eventId, -1);
      this.#editor.announcement = `Link from “${graph.eventById.get(eventId)?.title}”: choose the event with the arrow keys, Enter to link, Escape to cancel. ${this.#targetWords(graph)}`;
      return true;
    }
    if (e.key === 'n' || e.key === 'N') {
      const event = eventId ? graph.eventById.get(eventId) : undefined;
      const [a, b] = this.#geometry().windowMs;
      void this.#createAt(event ? event.start.startMs : (a + b) / 2, event?.actors?.[0] ?? null);
      return true;
    }
    if (eventId && e.key === 'Delete') {
      const index = indexOfId(this.#editor.doc, 'events', eventId);
      if (index >= 0) this.#editor.apply(deleteItem(this.#editor.doc, 'events', index));
      this.#view.select(null);
      return true;
    }
    return false;
  }

  #linkKey(e: KeyboardEvent, graph: EventGraph): boolean {
    const from = this.linkFrom!;
    if (e.key === 'Escape') {
      this.linkFrom = this.linkTo = null;
      this.#editor.announcement = 'No link made';
    } else if (e.key === 'Enter') {
      if (this.linkTo) this.#link(from, this.linkTo);
      this.linkFrom = this.linkTo = null;
    } else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) {
      const by = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
      const events = graph.events.filter((ev) => ev.id !== from);
      if (e.key === 'Home' || e.key === 'End') this.linkTo = (e.key === 'Home' ? events[0] : events.at(-1))?.id ?? null;
      else this.linkTo = this.#neighbour(graph, this.linkTo ?? from, by, from) ?? this.linkTo;
      this.#editor.announcement = this.#targetWords(graph);
    } else if (e.key !== 'Tab') return true;
    else return false;
    return true;
  }

  #targetWords(graph: EventGraph) {
    const to = this.linkTo ? graph.eventById.get(this.linkTo) : undefined;
    return to ? `To: ${to.title}, ${formatSpan(to.start, to.end)}` : 'No other event to link to';
  }

  #neighbour(graph: EventGraph, id: string, by: number, skip?: string): string | null {
    const i = graph.events.findIndex((e) => e.id === id);
    let j = i + by;
    if (graph.events[j]?.id === skip) j += by;
    return graph.events[j]?.id ?? null;
  }
}
