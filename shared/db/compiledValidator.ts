import type { RxValidationError } from 'rxdb';
import { wrappedValidateStorageFactory, type RxJsonSchema } from 'rxdb/plugins/core';
import { ZSchemaClass } from 'rxdb/plugins/validate-z-schema';

let schemaCount = 0;

/**
 * Validates with z-schema like RxDB's `wrappedValidateZSchemaStorage`, but
 * compiles each schema once. RxDB's wrapper hands z-schema the schema object
 * on every call, and z-schema then copies, compiles and checks that schema
 * again for every document (about 0.5 ms each: more than half of a first
 * sync's time). Registered once under its own id, a document costs ~20 µs.
 * z-schema (unlike ajv) compiles without `new Function`, so it runs under the
 * page's CSP.
 */
function compiledValidator(schema: RxJsonSchema<unknown>): (doc: unknown) => RxValidationError[] {
  const validator = ZSchemaClass.create({ strictMode: false });
  schemaCount += 1;
  const uri = `kopspeks:schema:${schemaCount}`;
  validator.setRemoteReference(uri, structuredClone(schema) as never);
  return (doc) => {
    const result = validator.validateSafe(doc, uri);
    if (result.valid) return [];
    return (result.err?.details ?? []).map(({ message, path }) => ({
      field: Array.isArray(path) ? path.join('/') : path,
      message,
    }));
  };
}

export const wrappedValidateCompiledZSchemaStorage = wrappedValidateStorageFactory(
  compiledValidator,
  'z-schema-compiled',
);
