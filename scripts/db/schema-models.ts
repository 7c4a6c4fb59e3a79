// The models of prisma/schema.prisma in an order where every model comes
// after the models it references (parents before children), with their
// primary key: what a copy of every row needs, read from the one source of
// truth so a model added later is copied without anyone remembering to.
import fs from "node:fs";
import path from "node:path";

export type ModelInfo = {
  name: string;
  /** The Prisma client's property for the model (User → user, OAuthAccount → oAuthAccount). */
  delegate: string;
  /** Primary key fields, in order. */
  primaryKey: string[];
  /** An Int @id @default(autoincrement()): its sequence follows the copied ids. */
  autoincrementId: string | null;
  /** Models this one references through a relation with fields. */
  references: string[];
};

export function readModels(schemaFile = path.resolve(__dirname, "..", "..", "prisma", "schema.prisma")): ModelInfo[] {
  const text = fs.readFileSync(schemaFile, "utf8");
  const models: ModelInfo[] = [];
  for (const match of text.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const [, name, body] = match;
    const info: ModelInfo = { name, delegate: name[0].toLowerCase() + name.slice(1), primaryKey: [], autoincrementId: null, references: [] };
    for (const raw of body.split("\n")) {
      const line = raw.replace(/\/\/.*$/, "").trim();
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (line.startsWith("@@id")) info.primaryKey = (/\[([^\]]*)\]/.exec(line)?.[1] ?? "").split(",").map((s) => s.trim());
      if (!field) continue;
      const [, fieldName, type, , , attributes] = field;
      if (/@id\b/.test(attributes)) {
        info.primaryKey = [fieldName];
        if (type === "Int" && /@default\(autoincrement\(\)\)/.test(attributes)) info.autoincrementId = fieldName;
      }
      if (/@relation\([^)]*fields:/.test(attributes) && type !== name) info.references.push(type);
    }
    models.push(info);
  }
  // Parents first (a depth-first topological order).
  const byName = new Map(models.map((m) => [m.name, m]));
  const ordered: ModelInfo[] = [];
  const seen = new Set<string>();
  const visit = (m: ModelInfo) => {
    if (seen.has(m.name)) return;
    seen.add(m.name);
    for (const ref of m.references) {
      const parent = byName.get(ref);
      if (parent) visit(parent);
    }
    ordered.push(m);
  };
  models.forEach(visit);
  return ordered;
}
