/**
 * Zoom and pan for the swimlane's scroll box, by hand and small: the SVG is drawn at a chosen width
 * (a vector, so text stays sharp) and the box scrolls. Pinch (two pointers), Ctrl/⌘ + wheel (and a
 * trackpad pinch, which browsers send as such), drag with a mouse, buttons +/−, "Sesuaikan lebar",
 * full screen (the Fullscreen API, else a fixed overlay), and keys +, −, 0 when the box has focus
 * (arrow keys scroll it natively). The zoom keeps the point under the fingers or the pointer in place.
 */
import { h, type Strings } from './shared.ts';

const MIN = 0.2;
const MAX = 4;

export function setupZoom(box: HTMLElement, svg: SVGSVGElement, s: Strings): void {
  const view = svg.viewBox.baseVal;
  const natural = Number(svg.getAttribute('width')) || view?.width || svg.getBoundingClientRect().width;
  if (!natural) return;

  const level = h('output', { 'aria-live': 'off' });
  const button = (label: string, attrs: Record<string, string> = {}) => h('button', { type: 'button', ...attrs }, label);
  const out = button('−', { class: 'vw-zoom-step', 'aria-label': s.zoomOut, title: s.zoomOut });
  const into = button('+', { class: 'vw-zoom-step', 'aria-label': s.zoomIn, title: s.zoomIn });
  const fit = button(s.fit);
  const full = button(s.fullscreen, { 'aria-pressed': 'false' });
  const bar = h('div', { class: 'vw-zoombar', role: 'group', 'aria-label': s.zoomGroup }, out, level, into, fit, full);
  const hint = h('p', { class: 'meta vw-zoom-hint' }, s.zoomHint);
  const wrap = h('div', { class: 'vw-zoom' });
  box.before(wrap);
  wrap.append(bar, hint, box);

  const scale = () => svg.getBoundingClientRect().width / natural;
  const show = () => (level.textContent = `${Math.round(scale() * 100)}%`);
  const fitScale = () => {
    const style = getComputedStyle(box);
    return (box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / natural;
  };

  /** Draws the SVG at `next` times its natural size, keeping the point (clientX, clientY) where it is. */
  const zoomTo = (next: number, x?: number, y?: number) => {
    const target = Math.min(MAX, Math.max(Math.min(MIN, fitScale()), next));
    const before = svg.getBoundingClientRect();
    const px = x ?? before.left + before.width / 2;
    const py = y ?? Math.min(before.top + before.height / 2, innerHeight / 2);
    const fx = (px - before.left) / before.width;
    const fy = (py - before.top) / before.height;
    box.classList.add('vw-zoomed');
    svg.style.width = `${Math.round(natural * target)}px`;
    svg.style.height = 'auto';
    const after = svg.getBoundingClientRect();
    const dx = after.left + fx * after.width - px;
    const dy = after.top + fy * after.height - py;
    box.scrollLeft += dx;
    const top = box.scrollTop;
    box.scrollTop += dy;
    const rest = dy - (box.scrollTop - top);
    if (rest && !isFull()) scrollBy({ top: rest, behavior: 'instant' as ScrollBehavior });
    show();
  };

  out.addEventListener('click', () => zoomTo(scale() / 1.25));
  into.addEventListener('click', () => zoomTo(scale() * 1.25));
  fit.addEventListener('click', () => zoomTo(fitScale()));

  // Full screen: the API where there is one (not on iPhone), else a fixed overlay; Escape leaves both.
  const isFull = () => document.fullscreenElement === wrap || wrap.classList.contains('vw-fullscreen');
  const showFull = () => {
    const on = isFull();
    full.textContent = on ? s.exitFullscreen : s.fullscreen;
    full.setAttribute('aria-pressed', String(on));
  };
  full.addEventListener('click', async () => {
    if (document.fullscreenElement === wrap) await document.exitFullscreen();
    else if (wrap.classList.contains('vw-fullscreen')) wrap.classList.remove('vw-fullscreen');
    else if (wrap.requestFullscreen && document.fullscreenEnabled) await wrap.requestFullscreen().catch(() => wrap.classList.add('vw-fullscreen'));
    else wrap.classList.add('vw-fullscreen');
    showFull();
    full.focus();
  });
  document.addEventListener('fullscreenchange', showFull);
  wrap.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && wrap.classList.contains('vw-fullscreen')) (wrap.classList.remove('vw-fullscreen'), showFull(), full.focus());
  });

  // Keys on the focused box: + and − zoom, 0 fits the width; the arrows scroll natively.
  box.addEventListener('keydown', (e) => {
    if (e.target !== box || e.ctrlKey || e.metaKey || e.altKey) return;
    const by = { '+': 1.25, '=': 1.25, '-': 0.8, _: 0.8 }[e.key];
    if (by) zoomTo(scale() * by);
    else if (e.key === '0') zoomTo(fitScale());
    else return;
    e.preventDefault();
  });

  box.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomTo(scale() * Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), e.clientX, e.clientY);
    },
    { passive: false },
  );

  // Pointers: two touch points pinch; a mouse drags the view (a click without a drag stays a click).
  const points = new Map<number, { x: number; y: number }>();
  let pinch: { distance: number; scale: number } | undefined;
  let drag: { x: number; y: number; moved: boolean } | undefined;
  let dragEnded = 0;
  // The click that ends a drag is not a click on a node.
  box.addEventListener('click', (e) => performance.now() - dragEnded < 300 && (e.stopPropagation(), e.preventDefault()), { capture: true });
  const distance = () => {
    const [a, b] = [...points.values()];
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  };
  box.addEventListener('pointerdown', (e) => {
    points.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (points.size === 2) (pinch = { distance: distance(), scale: scale() }), (drag = undefined);
    else if (e.pointerType === 'mouse' && e.button === 0) drag = { x: e.clientX, y: e.clientY, moved: false };
  });
  box.addEventListener('pointermove', (e) => {
    if (!points.has(e.pointerId)) return;
    points.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pinch && points.size === 2) {
      const [a, b] = [...points.values()];
      zoomTo((pinch.scale * distance()) / pinch.distance, (a!.x + b!.x) / 2, (a!.y + b!.y) / 2);
    } else if (drag) {
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 5) return;
      if (!drag.moved) (box.setPointerCapture(e.pointerId), box.classList.add('vw-dragging'));
      drag = { x: e.clientX, y: e.clientY, moved: true };
      box.scrollLeft -= dx;
      if (isFull()) box.scrollTop -= dy;
      else scrollBy({ top: -dy, behavior: 'instant' as ScrollBehavior });
    }
  });
  const end = (e: PointerEvent) => {
    points.delete(e.pointerId);
    if (points.size < 2) pinch = undefined;
    if (drag?.moved) (dragEnded = performance.now()), box.classList.remove('vw-dragging');
    drag = undefined;
  };
  for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) box.addEventListener(type, end);

  show();
  new ResizeObserver(show).observe(svg);
}
