import type { SlideDescriptor } from './types.ts';

/** The deck: the outline of shared/briefing/FACTS.md, in order. */
export const SLIDES: readonly SlideDescriptor[] = [
  {
    id: 'title',
    layout: 'title',
    title: 'title.title',
    lead: 'title.lead',
    notes: 'title.notes',
    dwell: 10,
  },
  {
    id: 'timeline',
    layout: 'chart',
    title: 'timeline.title',
    lead: 'timeline.lead',
    notes: 'timeline.notes',
    charts: ['milestones'],
    dwell: 16,
  },
  {
    id: 'trade',
    layout: 'chart',
    title: 'trade.title',
    lead: 'trade.lead',
    caveat: 'trade.caveat',
    notes: 'trade.notes',
    charts: ['trade-growth', 'trade-reported'],
    dwell: 18,
  },
  {
    id: 'trade-share',
    layout: 'chart',
    title: 'trade-share.title',
    lead: 'trade-share.lead',
    caveat: 'trade-share.caveat',
    notes: 'trade-share.notes',
    charts: ['trade-share'],
    dwell: 16,
  },
  {
    id: 'investment',
    layout: 'chart',
    title: 'investment.title',
    lead: 'investment.lead',
    caveat: 'investment.caveat',
    notes: 'investment.notes',
    charts: ['investment'],
    dwell: 14,
  },
  {
    id: 'visits',
    layout: 'chart',
    title: 'visits.title',
    lead: 'visits.lead',
    notes: 'visits.notes',
    charts: ['visits'],
    dwell: 12,
  },
  {
    id: 'sco',
    layout: 'chart',
    title: 'sco.title',
    lead: 'sco.lead',
    notes: 'sco.notes',
    charts: ['sco-areas'],
    dwell: 16,
  },
  {
    id: 'belt-and-road',
    layout: 'statement',
    title: 'belt-and-road.title',
    lead: 'belt-and-road.lead',
    points: [
      'belt-and-road.points.origin',
      'belt-and-road.points.nurly-zhol',
      'belt-and-road.points.capacity',
    ],
    notes: 'belt-and-road.notes',
    dwell: 14,
  },
  {
    id: 'lianyungang',
    layout: 'chart',
    title: 'lianyungang.title',
    lead: 'lianyungang.lead',
    notes: 'lianyungang.notes',
    charts: ['lianyungang-route'],
    dwell: 14,
  },
  {
    id: 'silk-roads',
    layout: 'statement',
    title: 'silk-roads.title',
    lead: 'silk-roads.lead',
    points: ['silk-roads.points.digital', 'silk-roads.points.green', 'silk-roads.points.health'],
    notes: 'silk-roads.notes',
    dwell: 12,
  },
  {
    id: 'quote',
    layout: 'quote',
    title: 'quote.title',
    lead: 'quote.lead',
    quote: 'quote.saying',
    notes: 'quote.notes',
    dwell: 12,
  },
  {
    id: 'outlook',
    layout: 'statement',
    title: 'outlook.title',
    lead: 'outlook.lead',
    points: ['outlook.points.golden-decade', 'outlook.points.sco', 'outlook.points.shared-work'],
    notes: 'outlook.notes',
    dwell: 12,
  },
  {
    id: 'sources',
    layout: 'sources',
    title: 'sources.title',
    lead: 'sources.lead',
    notes: 'sources.notes',
    dwell: 16,
  },
];

/** The slide at an index, clamped into the deck (the deck is never empty). */
export function slideAt(index: number): SlideDescriptor {
  const slide = SLIDES[Math.min(Math.max(index, 0), SLIDES.length - 1)];
  if (!slide) throw new Error('The deck has no slides');
  return slide;
}
