import type { SopDocument } from '../model/index.ts';
import { actorSteps } from '../flow/index.ts';
import { roleLabel, roleName, roleSlug } from '../text/index.ts';
import { sopPath } from './documents.ts';

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

/** How many steps the role takes part in over all its SOPs: its page's and the index's summary line. */
export const roleStepCount = (role: Pick<Role, 'entries'>) => role.entries.reduce((n, e) => n + e.steps.length, 0);

/** The SOPs write the role otherwise than its name shows ("Pejabat Level 2 (Pimpinan Unit)"): its page says how. */
export const writtenOtherwise = (role: Pick<Role, 'label' | 'writtenAs'>) => role.writtenAs.some((w) => w.toLowerCase() !== role.label.toLowerCase());

/** One of the role's steps as its page lists it. */
export interface RoleStepLine {
  number: number;
  activity: string;
  timeText: string;
  /** The step in its SOP, with this role chosen in the viewer. */
  href: string;
  /** The other pelaksana of a joint step, as the pages name them. */
  sharedWith: string[];
}

export function roleStepLines(entry: RoleEntry): RoleStepLine[] {
  const { sop, actorIds } = entry;
  return entry.steps.map((n) => {
    const step = sop.data.steps[n - 1]!;
    const actorId = actorIds.find((id) => step.actorIds.includes(id))!;
    return {
      number: n,
      activity: step.activity,
      timeText: step.timeText,
      href: `${sopPath(sop.slug)}?pelaksana=${actorId}#langkah-${n}`,
      sharedWith: step.actorIds.filter((id) => !actorIds.includes(id)).map((id) => roleName(sop.data.actors.find((a) => a.id === id)?.label ?? id)),
    };
  });
}
