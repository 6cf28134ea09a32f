/**
 * Zoom and pan for the swimlane's scroll box, by hand and small: the SVG is drawn at a chosen width
 * (a vector, so text stays sharp) and the box scrolls. Pinch (two pointers), Ctrl/⌘ + wheel (and a
 * trackpad pinch, which browsers send as such), drag with a mouse, buttons +/−, "Sesuaikan lebar",
 * full screen (the Fullscreen API, else a fixed overlay), and keys +, −, 0 when the box has focus
 * (arrow keys scroll it natively). The zoom keeps the point under the fingers or the pointer in place.
 * The arithmetic is in zoom-math.ts.
 */
import { h, type Strings } from './shared.ts';
import { clampScale, DRAG_THRESHOLD, fitScale, keepInPlace, keyAction, midpoint, pinchScale, distance, percent, STEP, wheelFactor, zoomCentre, type Point } from './zoom-math.ts';

class SwimlaneZoom {
  private readonly level = h('output', { 'aria-live': 'off' });
  private readonly full: HTMLButtonElement;
  private readonly wrap = h('div', { class: 'vw-zoom' });
  /** Pointers down on the box, for a pinch (two) or a drag (a mouse). */
  private readonly points = new Map<number, Point>();
  private pinch: { distance: number; scale: number } | undefined;
  private drag: (Point & { moved: boolean }) | undefined;
  private dragEnded = 0;

  constructor(
    private readonly box: HTMLElement,
    private readonly svg: SVGSVGElement,
    private readonly natural: number,
    private readonly s: Strings,
  ) {
    const button = (label: string, attrs: Record<string, string> = {}) => h('button', { type: 'button', ...attrs }, label);
    const out = button('−', { class: 'vw-zoom-step', 'aria-label': s.zoomOut, title: s.zoomOut });
    const into = button('+', { class: 'vw-zoom-step', 'aria-label': s.zoomIn, title: s.zoomIn });
    const fit = button(s.fit);
    this.full = button(s.fullscreen, { 'aria-pressed': 'false' });
    const bar = h('div', { class: 'vw-zoombar', role: 'group', 'aria-label': s.zoomGroup }, out, this.level, into, fit, this.full);
    box.before(this.wrap);
    this.wrap.append(bar, h('p', { class: 'meta vw-zoom-hint' }, s.zoomHint), box);

    out.addEventListener('click', () => this.zoomTo(this.scale() / STEP));
    into.addEventListener('click', () => this.zoomTo(this.scale() * STEP));
    fit.addEventListener('click', () => this.zoomTo(this.fit()));
    this.full.addEventListener('click', () => void this.toggleFullscreen());
    document.addEventListener('fullscreenchange', () => this.showFull());
    this.wrap.addEventListener('keydown', (e) => e.key === 'Escape' && this.wrap.classList.contains('vw-fullscreen') && (this.leaveOverlay(), this.full.focus()));
    box.addEventListener('keydown', (e) => this.onKey(e));
    box.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    // The click that ends a drag is not a click on a node.
    box.addEventListener('click', (e) => performance.now() - this.dragEnded < 300 && (e.stopPropagation(), e.preventDefault()), { capture: true });
    box.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    box.addEventListener('pointermove', (e) => this.onPointerMove(e));
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) box.addEventListener(type, (e) => this.onPointerEnd(e));
    this.show();
    new ResizeObserver(() => this.show()).observe(svg);
  }

  private scale = () => this.svg.getBoundingClientRect().width / this.natural;
  private show = () => (this.level.textContent = percent(this.scale()));
  private fit = () => {
    const style = getComputedStyle(this.box);
    return fitScale(this.box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), this.natural);
  };
  private isFull = () => document.fullscreenElement === this.wrap || this.wrap.classList.contains('vw-fullscreen');

  /** Draws the SVG at `wanted` times its natural size, keeping the point (x, y) where it is. */
  private zoomTo(wanted: number, at?: Point): void {
    const before = this.svg.getBoundingClientRect();
    const { x, y } = at ?? zoomCentre(before, innerHeight);
    this.box.classList.add('vw-zoomed');
    this.svg.style.width = `${Math.round(this.natural * clampScale(wanted, this.fit()))}px`;
    this.svg.style.height = 'auto';
    const { dx, dy } = keepInPlace(before, this.svg.getBoundingClientRect(), x, y);
    this.box.scrollLeft += dx;
    const top = this.box.scrollTop;
    this.box.scrollTop += dy;
    // What the box could not scroll, the page scrolls (not in full screen, where the box is the page).
    const rest = dy - (this.box.scrollTop - top);
    if (rest && !this.isFull()) scrollBy({ top: rest, behavior: 'instant' as ScrollBehavior });
    this.show();
  }

  // Full screen: the API where there is one (not on iPhone), else a fixed overlay; Escape leaves both.
  private async toggleFullscreen(): Promise<void> {
    const { wrap } = this;
    if (document.fullscreenElement === wrap) await document.exitFullscreen();
    else if (wrap.classList.contains('vw-fullscreen')) wrap.classList.remove('vw-fullscreen');
    else if (wrap.requestFullscreen && document.fullscreenEnabled) await wrap.requestFullscreen().catch(() => wrap.classList.add('vw-fullscreen'));
    else wrap.classList.add('vw-fullscreen');
    this.showFull();
    this.full.focus();
  }
  private leaveOverlay(): void {
    this.wrap.classList.remove('vw-fullscreen');
    this.showFull();
  }
  private showFull(): void {
    const on = this.isFull();
    this.full.textContent = on ? this.s.exitFullscreen : this.s.fullscreen;
    this.full.setAttribute('aria-pressed', String(on));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.target !== this.box) return;
    const action = keyAction(e.key, { ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey });
    if (action === undefined) return;
    this.zoomTo(action === 'fit' ? this.fit() : this.scale() * action);
    e.preventDefault();
  }

  private onWheel(e: WheelEvent): void {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    this.zoomTo(this.scale() * wheelFactor(e.deltaY, e.deltaMode), { x: e.clientX, y: e.clientY });
  }

  // Pointers: two touch points pinch; a mouse drags the view (a click without a drag stays a click).
  private onPointerDown(e: PointerEvent): void {
    this.points.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const [a, b] = [...this.points.values()];
    if (this.points.size === 2) (this.pinch = { distance: distance(a!, b!), scale: this.scale() }), (this.drag = undefined);
    else if (e.pointerType === 'mouse' && e.button === 0) this.drag = { x: e.clientX, y: e.clientY, moved: false };
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.points.has(e.pointerId)) return;
    this.points.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const { pinch, drag, box } = this;
    if (pinch && this.points.size === 2) {
      const [a, b] = [...this.points.values()];
      this.zoomTo(pinchScale(pinch, a!, b!), midpoint(a!, b!));
    } else if (drag) {
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!drag.moved) (box.setPointerCapture(e.pointerId), box.classList.add('vw-dragging'));
      this.drag = { x: e.clientX, y: e.clientY, moved: true };
      box.scrollLeft -= dx;
      if (this.isFull()) box.scrollTop -= dy;
      else scrollBy({ top: -dy, behavior: 'instant' as ScrollBehavior });
    }
  }

  private onPointerEnd(e: PointerEvent): void {
    this.points.delete(e.pointerId);
    if (this.points.size < 2) this.pinch = undefined;
    if (this.drag?.moved) (this.dragEnded = performance.now()), this.box.classList.remove('vw-dragging');
    this.drag = undefined;
  }
}

export function setupZoom(box: HTMLElement, svg: SVGSVGElement, s: Strings): void {
  const natural = Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width;
  if (natural) new SwimlaneZoom(box, svg, natural, s);
}
