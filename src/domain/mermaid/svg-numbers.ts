/**
 * Numbers of an SVG that mermaid drew, rounded to `places` decimals (a diagram's coordinates run to
 * 13 decimals: most of its bytes), by a reader that knows each attribute's syntax. Path data is
 * read command by command, so compact forms stay what they were: "M1.5.5" is two numbers,
 * "a1 1 0 00.5.5" holds two one-character flags, and a rounded number is never glued to the next
 * ("1.999.5" once became "20.5", one number, and broke the drawing). What the reader does not
 * understand is returned as mermaid wrote it.
 *
 * Self-contained (no import, no outer name), because the renderer's page script embeds its source
 * (src/node/mermaid/render.ts): it runs in the page that draws the diagram.
 */
export function roundSvgNumbers(attribute: string, value: string, places = 2): string {
  const factor = 10 ** places;
  const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
  const SEPARATOR = /[\s,]*/y;
  const round = (n: string) => String(Math.round(Number(n) * factor) / factor);
  /** "1.5.5 2,3": the numbers rounded and spaced, or undefined when something else is in it. */
  const numberList = (text: string): string | undefined => {
    const out: string[] = [];
    let at = 0;
    for (;;) {
      SEPARATOR.lastIndex = at;
      SEPARATOR.exec(text);
      at = SEPARATOR.lastIndex;
      if (at >= text.length) return out.join(' ');
      NUMBER.lastIndex = at;
      const m = NUMBER.exec(text);
      if (!m) return undefined;
      out.push(round(m[0]));
      at = NUMBER.lastIndex;
    }
  };
  const pathData = (d: string): string | undefined => {
    const ARGUMENTS: Record<string, number> = { m: 2, l: 2, t: 2, h: 1, v: 1, c: 6, s: 4, q: 4, a: 7, z: 0 };
    // Read: each command with its arguments (an arc's two flags are one character each).
    const segments: Array<{ command: string; args: string[] }> = [];
    let at = 0;
    for (;;) {
      SEPARATOR.lastIndex = at;
      SEPARATOR.exec(d);
      at = SEPARATOR.lastIndex;
      if (at >= d.length) break;
      const c = d[at]!;
      if (/[a-z]/i.test(c) && c.toLowerCase() in ARGUMENTS) {
        segments.push({ command: c, args: [] });
        at++;
        continue;
      }
      const segment = segments[segments.length - 1];
      const per = segment ? ARGUMENTS[segment.command.toLowerCase()]! : 0;
      if (!per) return undefined; // a number before any command, or after Z
      const k = segment!.args.length % per;
      if (segment!.command.toLowerCase() === 'a' && (k === 3 || k === 4)) {
        if (c !== '0' && c !== '1') return undefined;
        segment!.args.push(c);
        at++;
        continue;
      }
      NUMBER.lastIndex = at;
      const m = NUMBER.exec(d);
      if (!m) return undefined;
      segment!.args.push(m[0]);
      at = NUMBER.lastIndex;
    }
    if (!segments.length || segments.some((g) => ARGUMENTS[g.command.toLowerCase()]! === 0 ? g.args.length > 0 : g.args.length === 0 || g.args.length % ARGUMENTS[g.command.toLowerCase()]! !== 0)) return undefined;
    // Write: absolute numbers rounded; a relative one as the rounded place it reaches less the
    // rounded place it starts from, so that rounding never adds up along a path of many small steps.
    const r = (v: number) => Math.round(v * factor) / factor;
    let x = 0, y = 0, startX = 0, startY = 0;
    const out: string[] = [];
    for (const { command, args } of segments) {
      const lower = command.toLowerCase();
      const relative = command === lower;
      const per = ARGUMENTS[lower]!;
      const parts: string[] = [];
      if (per === 0) {
        x = startX;
        y = startY;
      }
      for (let i = 0; i < args.length; i += per) {
        const group = args.slice(i, i + per).map(Number);
        const fromX = x, fromY = y;
        const place = (value: number, from: number) => (relative ? r(r(from + value) - r(from)) : r(value));
        const reach = (value: number, from: number) => (relative ? from + value : value);
        if (lower === 'h') {
          parts.push(String(place(group[0]!, fromX)));
          x = reach(group[0]!, fromX);
        } else if (lower === 'v') {
          parts.push(String(place(group[0]!, fromY)));
          y = reach(group[0]!, fromY);
        } else if (lower === 'a') {
          parts.push(String(r(group[0]!)), String(r(group[1]!)), String(r(group[2]!)), args[i + 3]!, args[i + 4]!, String(place(group[5]!, fromX)), String(place(group[6]!, fromY)));
          x = reach(group[5]!, fromX);
          y = reach(group[6]!, fromY);
        } else {
          for (let j = 0; j < group.length; j += 2) parts.push(String(place(group[j]!, fromX)), String(place(group[j + 1]!, fromY)));
          x = reach(group[group.length - 2]!, fromX);
          y = reach(group[group.length - 1]!, fromY);
        }
        if (lower === 'm' && i === 0) {
          startX = x;
          startY = y;
        }
      }
      out.push(`${command}${parts.join(' ')}`);
    }
    return out.join('');
  };
  let rounded: string | undefined;
  if (attribute === 'd') rounded = pathData(value);
  else if (attribute === 'points' || attribute === 'viewBox') rounded = numberList(value);
  else if (attribute === 'transform') {
    // translate(1.5, 2) rotate(45): each argument list alone; the names stay.
    let broken = false;
    const out = value.replace(/\(([^()]*)\)/g, (_, args: string) => {
      const list = numberList(args);
      if (list === undefined) broken = true;
      return `(${list ?? args})`;
    });
    rounded = broken ? undefined : out;
  } else if (/^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(value)) rounded = round(value.trim());
  return rounded ?? value;
}
