import type { SourceId } from './sources.ts';

/** The named places of the Lianyungang route (schematic), each located by a source. */
export const WAYPOINT_IDS = ['almaty', 'khorgos', 'lianyungang', 'yellow-sea', 'pacific'] as const;
export type WaypointId = (typeof WAYPOINT_IDS)[number];

export interface Waypoint {
  readonly id: WaypointId;
  /** Approximate longitude and latitude, degrees, for the schematic drawing only. */
  readonly lon: number;
  readonly lat: number;
  readonly source: SourceId;
}

export const ROUTE_WAYPOINTS: readonly Waypoint[] = [
  { id: 'almaty', lon: 76.9, lat: 43.2, source: 'public-records' },
  { id: 'khorgos', lon: 80.4, lat: 44.2, source: 'public-records' },
  { id: 'lianyungang', lon: 119.2, lat: 34.6, source: 'article' },
  { id: 'yellow-sea', lon: 123, lat: 35, source: 'article' },
  { id: 'pacific', lon: 135, lat: 33, source: 'article' },
];
