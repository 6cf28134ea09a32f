import type { SopDocument } from './corpus.ts';
import type { DurationTotal } from './time/total.ts';
import { pathTotal, pathWithLoopsOnce, shortestPath } from './flow.ts';
import type { Step } from './schema/sop.ts';

/**
 * The "per pelaksana" index: each role with the SOPs it appears in and the steps it takes part in.
 * A role is a column label compared without case, punctuation and its explanation in brackets:
 * "Pejabat Level 2 (Pimpinan Unit)" and "Pejabat Level 2" are one role. Linear in the steps.
 */
export interface RoleEntry {
  sop: SopDocument;
  actorId: string;
  /** Step numbers this role performs, alone or jointly. */
  steps: number[];
}

export interface Role {
  /** URL-safe key: "ketua-tim-kerja". */
  slug: string;
  /** The label without its explanation in brackets: "Pejabat Level 2". */
  label: string;
  /** Every label as the SOPs write it, "Pejabat Level 2 (Pimpinan Unit)" included. */
  writtenAs: string[];
  entries: RoleEntry[];
}

const baseLabel = (label: string) => label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();

export function roleSlug(label: string): string {
  return baseLabel(label)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function buildRoleIndex(sops: Iterable<SopDocument>): Role[] {
  const roles = new Map<string, Role>();
  for (const sop of sops) {
    for (const actor of sop.data.actors) {
      const slug = roleSlug(actor.label);
      const role = roles.get(slug) ?? { slug, label: baseLabel(actor.label), writtenAs: [], entries: [] };
      if (!role.writtenAs.includes(actor.label)) role.writtenAs.push(actor.label);
      const steps = actorSteps(sop.data.steps, actor.id);
      role.entries.push({ sop, actorId: actor.id, steps });
      roles.set(slug, role);
    }
  }
  return [...roles.values()].sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** The steps an actor takes part in, alone or jointly, in order. */
export function actorSteps(steps: readonly Step[], actorId: string): number[] {
  return steps.filter((s) => s.actorIds.includes(actorId)).map((s) => s.number);
}

/**
 * An actor's share of the time: along the quickest way through the SOP (every check passes), the
 * time of the steps the actor takes part in. Without a way to the end, the steps of the path that
 * takes each loop-back once. Same flow graph and duration code as the page's totals.
 */
export function actorTotal(steps: readonly Step[], actorId: string): DurationTotal {
  const path = shortestPath(steps) ?? pathWithLoopsOnce(steps);
  return pathTotal(steps, path.filter((n) => steps[n - 1]!.actorIds.includes(actorId)));
}
