// Which precompressed copies a client takes, from its Accept-Encoding
// (brotli, gzip); a coding listed with q=0 is refused.

export const BR = 1;
export const GZIP = 2;

/** Parsed answers for the few Accept-Encoding values real clients send. */
const remembered = new Map<string, number>();

function parse(header: string): number {
  let accepted = 0;
  for (const part of header.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    if (name === "br") accepted |= BR;
    else if (name === "gzip" || name === "x-gzip") accepted |= GZIP;
    else if (name === "*") accepted |= BR | GZIP;
  }
  return accepted;
}

/** A bit set of BR and GZIP. */
export function acceptedCodings(header: string | undefined): number {
  if (!header) return 0;
  let accepted = remembered.get(header);
  if (accepted === undefined) {
    accepted = parse(header);
    if (remembered.size >= 256) remembered.clear();
    remembered.set(header, accepted);
  }
  return accepted;
}
