/**
 * The viewer's state without the DOM: the role chosen ("Pelaksana Anda"), the step in focus and the
 * step the walk-through stands on; what the URL holds of them; how each step, symbol, node and arrow
 * of the page is marked; and what the viewer says about them. viewer.ts only wires these to the
 * page; viewer-state.test.ts tests them.
 */
import { actorSteps, actorTotal } from '../../domain/flow/index.ts';
import { roleSlug } from '../../domain/text/index.ts';
import { formatTotal } from '../../domain/time/index.ts';
import type { ViewerModel } from '../../domain/views/index.ts';
import { fill, type Strings } from './shared.ts';
import { printedNote, printedSuffix, stepGist } from './step-text.ts';

export interface ViewerState {
  /** The actor id chosen; '' for all pelaksana. */
  role: string;
  /** The step whose details are open. */
  focus?: number;
  /** The step the walk-through stands on. */
  walk?: number;
}

type Model = Pick<ViewerModel, 'actors' | 'steps'>;

// ---- The URL: ?pelaksana=<actor id> and #langkah-N --------------------------------------------

/** The step a hash names (#langkah-N in the table, #daftar-langkah-N in the list), when the SOP has it. */
export function stepOfHash(hash: string, count: number): number | undefined {
  const n = Number(/^#(?:daftar-)?langkah-(\d+)$/.exec(hash)?.[1]);
  return n >= 1 && n <= count ? n : undefined;
}

/**
 * The page's address for the state: the role beside the other parameters, the step in focus as the
 * hash; a hash naming a step no longer in focus is dropped, any other hash kept.
 */
export function urlOf(location: { pathname: string; search: string; hash: string }, state: Pick<ViewerState, 'role' | 'focus'>, count: number): string {
  const params = new URLSearchParams(location.search);
  if (state.role) params.set('pelaksana', state.role);
  else params.delete('pelaksana');
  const query = params.toString();
  const hash = state.focus ? `#langkah-${state.focus}` : stepOfHash(location.hash, count) ? '' : location.hash;
  return `${location.pathname}${query ? `?${query}` : ''}${hash}`;
}

// ---- The role -----------------------------------------------------------------------------------

/** The id when it is one of this SOP's pelaksana, else '' (all). */
export const knownRole = (model: Pick<ViewerModel, 'actors'>, id: string) => (model.actors.some((a) => a.id === id) ? id : '');

/** What is remembered of a role across SOPs: its name's slug ("Ketua Tim Kerja" in one SOP is "Ketua Tim Kerja" in the next). */
export const rememberedAs = (model: Pick<ViewerModel, 'actors'>, role: string) => {
  const actor = model.actors.find((a) => a.id === role);
  return actor ? roleSlug(actor.label) : '';
};

/**
 * The role the page opens with: the URL's when it names one (remembered from then on), else the one
 * remembered from another SOP when this SOP has a column of that name (then written into the URL).
 */
export function startingRole(model: Pick<ViewerModel, 'actors'>, fromUrl: string | null, remembered: string | null): { role: string; remember: boolean; writeUrl: boolean } {
  if (fromUrl !== null) {
    const role = knownRole(model, fromUrl);
    return { role, remember: role !== '', writeUrl: false };
  }
  const actor = remembered ? model.actors.find((a) => roleSlug(a.label) === remembered) : undefined;
  return { role: actor?.id ?? '', remember: false, writeUrl: actor !== undefined };
}

/** The line beside the role's choice: "3 dari 7 langkah · ± 1 jam pada jalur tercepat" (marked as the role's), or that it has no step. */
export function roleSummary(model: Model, role: string, s: Strings): { text: string; marked: boolean } | undefined {
  if (!role) return undefined;
  const n = actorSteps(model.steps, role).length;
  if (!n) return { text: s.roleNoSteps, marked: false };
  return { text: fill(s.roleSummary, { n, m: model.steps.length, t: formatTotal(actorTotal(model.steps, role)) }), marked: true };
}

/** Said when the reader picks a role: which steps are marked, or that all are shown again. */
export function roleAnnouncement(model: Model, role: string, s: Strings): string {
  const actor = model.actors.find((a) => a.id === role);
  return actor ? fill(s.roleAnnounce, { role: actor.label, n: actorSteps(model.steps, actor.id).length, m: model.steps.length }) : s.roleCleared;
}

// ---- Marks: the role's steps, the others, the step in focus and its arrows ----------------------

export interface Look {
  /** The chosen role's: marked. */
  mine: boolean;
  /** Another's while a role is chosen: muted. */
  dim: boolean;
  /** The step in focus, or the one the walk-through stands on. */
  current: boolean;
}

/** The step numbers an arrow's `data-edge` joins: "6-7-next" -> [6, 7]; "6-6-r0" (inside row 6) -> [6, 6]. */
export const edgeEnds = (dataEdge: string): [number, number] => {
  const [from, to] = dataEdge.split('-').map(Number);
  return [from!, to!];
};

/** How the state marks each part of the page. */
export function marksOf(model: Model, state: ViewerState) {
  const { role } = state;
  const mine = new Set(role ? actorSteps(model.steps, role) : []);
  const column = model.actors.findIndex((a) => a.id === role);
  const current = state.focus ?? state.walk;
  const look = (isMine: boolean, n: number): Look => ({ mine: isMine, dim: !!role && !isMine, current: n === current });
  return {
    /** A row of the table, an item of the step list. */
    step: (n: number) => look(mine.has(n), n),
    /** A symbol of the table in actor column `column`: marked in the role's column only, muted in all of another's step. */
    symbol: (n: number, col: number): Look => ({ ...look(mine.has(n), n), mine: mine.has(n) && col === column }),
    /** A node of the swimlane, in `actorId`'s lane. */
    node: (n: number, actorId: string | undefined) => look(!!role && actorId === role, n),
    /** An arrow is lit when it leaves or enters the current step. */
    edge: (dataEdge: string) => {
      const [from, to] = edgeEnds(dataEdge);
      return current !== undefined && (from === current || to === current);
    },
  };
}

// ---- Step details --------------------------------------------------------------------------------

/** "Langkah 9 (tercetak nomor 8)": the details panel's title. */
export const detailsTitle = (model: Pick<ViewerModel, 'steps'>, n: number, s: Strings) => fill(s.stepTitle, { n }) + printedSuffix(model, n, s);

/** Said when a step's details open: "Langkah 9. Berkas lengkap?". */
export const detailsAnnouncement = (model: Pick<ViewerModel, 'steps'>, n: number, s: Strings) => `${fill(s.stepTitle, { n })}. ${stepGist(model.steps[n - 1]!)}`;

/**
 * The name of a step's button (the table's No., the list's "Langkah N"): what it shows, the printed
 * number without brackets (a name must contain what the button shows, WCAG 2.5.3), and a guessed
 * number's "dugaan" mark.
 */
export function stepButtonName(model: Pick<ViewerModel, 'steps'>, n: number, s: Strings, mark?: string): string {
  const note = printedNote(model, n, s);
  return fill(s.stepButton, { n }) + (note && `, ${note}`) + (mark !== undefined ? `, ${mark}` : '');
}

/** A click the page handles itself: the main button, no modifier (those open a new tab or window). */
export const isPlainClick = (e: { defaultPrevented: boolean; button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }) =>
  !e.defaultPrevented && e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
