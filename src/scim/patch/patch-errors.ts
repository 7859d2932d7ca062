import { ScimError, type ScimType } from '../errors';

/** The scimType values a PATCH can fail with (RFC 7644 §3.5.2 and Table 9); all are 400s. */
export type PatchScimType = Extract<
  ScimType,
  'invalidSyntax' | 'invalidPath' | 'invalidFilter' | 'noTarget' | 'invalidValue' | 'mutability'
>;

export function patchError(scimType: PatchScimType, detail: string): ScimError {
  return new ScimError(400, scimType, detail);
}
