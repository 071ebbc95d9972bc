import type { SourceId } from './sources.ts';

/** Our grouping of the article's 16 areas (the article lists them without groups). */
export const SCO_GROUPS = ['security', 'economy', 'society'] as const;
export type ScoGroup = (typeof SCO_GROUPS)[number];

export const SCO_AREAS = [
  { id: 'institutions', group: 'security' },
  { id: 'counter-terrorism', group: 'security' },
  { id: 'crime', group: 'security' },
  { id: 'regional-security', group: 'security' },
  { id: 'economy', group: 'economy' },
  { id: 'trade', group: 'economy' },
  { id: 'agriculture', group: 'economy' },
  { id: 'energy', group: 'economy' },
  { id: 'finance', group: 'economy' },
  { id: 'transport', group: 'economy' },
  { id: 'science', group: 'society' },
  { id: 'culture', group: 'society' },
  { id: 'information', group: 'society' },
  { id: 'education', group: 'society' },
  { id: 'tourism', group: 'society' },
  { id: 'environment', group: 'society' },
] as const satisfies readonly { id: string; group: ScoGroup }[];

export type ScoAreaId = (typeof SCO_AREAS)[number]['id'];
export const SCO_AREAS_SOURCE: SourceId = 'article';

/** The areas of one group, in the article's order. */
export function scoAreasOf(group: ScoGroup): readonly ScoAreaId[] {
  return SCO_AREAS.filter((a) => a.group === group).map((a) => a.id);
}
