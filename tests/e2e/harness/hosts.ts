/** Hostnames of a chosen length, for the tests of the site list's byte cap (unit and e2e). */

/** A valid hostname of exactly `length` characters (labels of at most 63), distinct by `i`. */
export function longHost(i: number, length: number): string {
  let host = `n${i}`;
  while (host.length < length) {
    const left = length - host.length;
    host += left === 1 ? 'a' : `.${'a'.repeat(Math.min(62, left - 1))}`;
  }
  return host;
}

/**
 * 31 hostnames of 253 characters and one of 61: a site list of exactly 7,999 bytes in JSON
 * (quotes and commas included), all the room the settings item gives it.
 */
export function fullSiteList(): string[] {
  return [...Array.from({ length: 31 }, (_, i) => longHost(i, 253)), longHost(99, 61)];
}
