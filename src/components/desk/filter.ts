/**
 * The overview's filters in the reader's browser (DeskFilter.astro): the table of units keeps the
 * units chosen (a unit, or every unit of a perangkat daerah) and, with a rule or a severity chosen,
 * only the units with such findings, their number in the "Temuan terpilih" column; the rule table
 * and the counts show the chosen units' numbers; the lists hide entries about other units. The
 * choice is kept in the address (?unit=…&aturan=…&tingkat=…), so that a filtered view can be shared.
 */
interface State {
  unit: string;
  rule: string;
  severity: string;
}
const PARAMS = { unit: 'unit', rule: 'aturan', severity: 'tingkat' } as const;

/** "kode-a:3 kode-b:1" -> counts by code. */
const parseRules = (text: string | undefined) =>
  new Map((text ?? '').split(' ').filter(Boolean).map((pair) => {
    const i = pair.lastIndexOf(':');
    return [pair.slice(0, i), Number(pair.slice(i + 1))] as const;
  }));

export function startDeskFilter(): void {
  const form = document.getElementById('desk-filter') as HTMLFormElement | null;
  const table = document.querySelector<HTMLTableElement>('.unit-table');
  if (!form || !table) return;
  const strings = JSON.parse(document.getElementById('desk-filter-strings')?.textContent ?? '{}') as { shown: string; none: string };
  const status = document.getElementById('desk-filter-status')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  const ruleRows = [...document.querySelectorAll<HTMLTableRowElement>('.rules-table tbody tr[data-code]')];
  const severityOf = new Map(ruleRows.map((r) => [r.dataset.code!, r.dataset.severity!]));
  const allRules = new Map(ruleRows.map((r) => [r.dataset.code!, Number(r.querySelector('td.num')?.textContent ?? 0)]));
  const bodies = [...table.tBodies];
  const units = bodies.flatMap((body) => [...body.querySelectorAll<HTMLTableRowElement>('tr[data-unit]')].map((row) => ({ row, agency: body.dataset.agency!, rules: parseRules(row.dataset.rules) })));
  const agencyOf = new Map(units.map((u) => [u.row.dataset.unit!, u.agency]));
  const agencyRules = new Map(bodies.map((b) => [b.dataset.agency!, parseRules(b.dataset.rules)]));
  const selectedCells = [...table.querySelectorAll<HTMLElement>('.desk-selected')];

  const inUnit = (state: State, unitId: string) =>
    !state.unit || state.unit === `unit:${unitId}` || state.unit === `pd:${agencyOf.get(unitId)}`;
  const matches = (state: State, code: string) => (!state.rule || code === state.rule) && (!state.severity || severityOf.get(code) === state.severity);
  const sum = (state: State, rules: Map<string, number>) => [...rules].reduce((n, [code, count]) => n + (matches(state, code) ? count : 0), 0);

  const apply = (state: State) => {
    const narrowing = state.rule !== '' || state.severity !== '';
    for (const cell of selectedCells) cell.hidden = !narrowing;
    let shown = 0;
    for (const u of units) {
      const count = sum(state, u.rules);
      const visible = inUnit(state, u.row.dataset.unit!) && (!narrowing || count > 0);
      u.row.hidden = !visible;
      u.row.querySelector<HTMLElement>('.desk-selected')!.textContent = String(count);
      if (visible) shown++;
    }
    for (const body of bodies) body.hidden = !body.querySelector('tr[data-unit]:not([hidden])');
    status.textContent = shown === 0 ? strings.none : strings.shown.replace('{n}', String(shown)).replace('{total}', String(units.length));

    // The rule table and the counts: the chosen unit's, the perangkat daerah's, or everyone's.
    const scope = state.unit.startsWith('unit:') ? units.find((u) => `unit:${u.row.dataset.unit}` === state.unit)?.rules
      : state.unit.startsWith('pd:') ? agencyRules.get(state.unit.slice(3))
      : allRules;
    for (const row of ruleRows) {
      const code = row.dataset.code!;
      const count = scope?.get(code) ?? 0;
      row.hidden = !matches(state, code);
      row.querySelector('td.num')!.textContent = String(count);
      row.classList.toggle('rule--none', count === 0);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-count]')) {
      const severity = el.dataset.count!;
      el.textContent = String([...(scope ?? [])].reduce((n, [code, c]) => n + ((severity === 'total' || severityOf.get(code) === severity) && matches(state, code) ? c : 0), 0));
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-units]')) el.hidden = !el.dataset.units!.split(' ').some((id) => inUnit(state, id));

    const url = new URL(location.href);
    for (const key of Object.keys(PARAMS) as Array<keyof State>) {
      if (state[key]) url.searchParams.set(PARAMS[key], state[key]);
      else url.searchParams.delete(PARAMS[key]);
    }
    history.replaceState(null, '', url);
  };

  const read = (): State => ({ unit: field('unit').value, rule: field('aturan').value, severity: field('tingkat').value });
  const params = new URL(location.href).searchParams;
  for (const key of Object.keys(PARAMS) as Array<keyof State>) {
    const select = field(PARAMS[key]);
    const wanted = params.get(PARAMS[key]);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.addEventListener('change', () => apply(read()));
  // A reset puts the selects back after this event: read them once it is done.
  form.addEventListener('reset', () => setTimeout(() => apply(read())));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  if (params.has(PARAMS.unit) || params.has(PARAMS.rule) || params.has(PARAMS.severity)) apply(read());
}
