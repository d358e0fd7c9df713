import { Department } from './departments';

/** The parts of a department that decide its unit numbers and addresses. */
export type Layout = Pick<Department, 'building' | 'streets' | 'perFloor'>;

const SIDES: Record<number, readonly string[]> = { 1: [''], 2: ['tv.', 'th.'], 3: ['tv.', 'mf.', 'th.'] };

/** A unit's number encodes staircase, floor and door, so the address follows from it. */
export function locate(dept: Layout, staircase: number, floor: number, door: number): { unitNo: string; address: string } {
  const unitNo = String(staircase * 100 + floor * dept.perFloor + door + 1).padStart(4, '0');
  const street = dept.streets[(staircase - 1) % dept.streets.length];
  const houseNo = street.firstNo + 2 * Math.floor((staircase - 1) / dept.streets.length);
  const floorText = floor === 0 ? 'st.' : `${floor}.`;
  let address = `${street.name} ${houseNo}`;
  if (dept.building === 'etage') address += `, ${floorText} ${SIDES[dept.perFloor][door]}`;
  if (dept.building === 'kollegie') address += `, ${floorText} ${door + 1}`;
  return { unitNo, address };
}
