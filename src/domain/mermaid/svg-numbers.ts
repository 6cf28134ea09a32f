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
    let out = '';
    let command = '';
    let count = 0;
    let at = 0;
    for (;;) {
      SEPARATOR.lastIndex = at;
      SEPARATOR.exec(d);
      at = SEPARATOR.lastIndex;
      if (at >= d.length) break;
      const c = d[at]!;
      if (/[a-z]/i.test(c) && c.toLowerCase() in ARGUMENTS) {
        if (command && ARGUMENTS[command.toLowerCase()]! > 0 && count % ARGUMENTS[command.toLowerCase()]! !== 0) return undefined;
        if (command && ARGUMENTS[command.toLowerCase()]! > 0 && count === 0) return undefined;
        command = c;
        count = 0;
        out += c;
        at++;
        continue;
      }
      const per = ARGUMENTS[command.toLowerCase()];
      if (!per) return undefined; // a number before any command, or after Z
      const k = count % per;
      const flag = command.toLowerCase() === 'a' && (k === 3 || k === 4);
      if (!flag) {
        NUMBER.lastIndex = at;
        const m = NUMBER.exec(d);
        if (!m) return undefined;
        out += `${k === 0 && count === 0 ? '' : ' '}${round(m[0])}`;
        at = NUMBER.lastIndex;
      } else {
        // An arc's large-arc and sweep flags: one character each, written without separators at will.
        if (c !== '0' && c !== '1') return undefined;
        out += ` ${c}`;
        at++;
      }
      count++;
    }
    const per = ARGUMENTS[command.toLowerCase()];
    return per === undefined || (per > 0 && (count === 0 || count % per !== 0)) ? undefined : out;
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
