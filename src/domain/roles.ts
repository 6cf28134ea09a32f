import type { SopDocument } from './corpus.ts';
import type { DurationTotal } from './time/total.ts';
import { pathTotal, pathWithLoopsOnce, shortestPath } from './flow.ts';
import { roleName } from './names.ts';
import type { Step } from './schema/sop.ts';

/**
 * The "per pelaksana" index: each role with the SOPs it appears in and the steps it takes part in.
 * A role is a column label compared without case, punctuation and its explanation in brackets:
 * "Pejabat Level 2 (Pimpinan Unit)" and "Pejabat Level 2" are one role. Linear in the steps.
 */
export interface RoleEntry {
  sop: SopDocument;
  /** The SOP's columns of this role: usually one; two when the SOP has two same-named columns. */
  actorIds: string[];
  /** Step numbers this role performs, alone or jointly, in any of its columns; in order. */
  steps: number[];
}

export interface Role {
  /** URL-safe key: "ketua-tim-kerja". */
  slug: string;
  /** The name shown: without its explanation in brackets, in consistent capitals ("Pejabat Level 2", "Pemohon"). */
  label: string;
  /** Every label as the SOPs write it, "Pejabat Level 2 (Pimpinan Unit)" included. */
  writtenAs: string[];
  /** One entry per SOP. */
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

/**
 * The one identity of a role, used by the per-pelaksana pages and the search filter alike: its
 * slug, and its name as shown ("Pejabat Level 1 (Pejabat Penilai Kinerja)" → "Pejabat Level 1").
 */
export function roleLabel(label: string): string {
  return roleName(baseLabel(label));
}

export function buildRoleIndex(sops: Iterable<SopDocument>): Role[] {
  const roles = new Map<string, Role>();
  for (const sop of sops) {
    const inThisSop = new Map<string, RoleEntry>();
    for (const actor of sop.data.actors) {
      const slug = roleSlug(actor.label);
      const role = roles.get(slug) ?? { slug, label: roleLabel(actor.label), writtenAs: [], entries: [] };
      roles.set(slug, role);
      if (!role.writtenAs.includes(actor.label)) role.writtenAs.push(actor.label);
      const entry = inThisSop.get(slug);
      if (entry) {
        entry.actorIds.push(actor.id);
        entry.steps = [...new Set([...entry.steps, ...actorSteps(sop.data.steps, actor.id)])].sort((a, b) => a - b);
      } else {
        const created = { sop, actorIds: [actor.id], steps: actorSteps(sop.data.steps, actor.id) };
        inThisSop.set(slug, created);
        role.entries.push(created);
      }
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
