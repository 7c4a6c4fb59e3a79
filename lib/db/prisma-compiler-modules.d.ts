// Prisma's query compiler runtimes ship without type declarations; the
// generated clients import them untyped. lib/db/plan-cache.ts needs only the class.
declare module "@prisma/client/runtime/query_compiler_bg.sqlite.mjs" {
  export const QueryCompiler: { prototype: { compile?: (query: string) => unknown; compileBatch?: (batch: string) => unknown } } | undefined;
}
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export const QueryCompiler: { prototype: { compile?: (query: string) => unknown; compileBatch?: (batch: string) => unknown } } | undefined;
}
