/**
 * The organisations/areas/functions contract agreed with the server helper, written in the shape
 * openapi-typescript generates. `client.ts` merges it UNDER the generated `paths`, so as soon as
 * the real endpoints are in openapi.json their generated types win and these become dead weight:
 * delete this file once `npx tsx scripts/openapi.ts` lists every path below.
 */
import type { Tier, OrganisationKind, RelationshipKind, ResponsibilityRole } from './enums';

type Json<T> = { content: { 'application/json': T } };
interface ErrorBody { error: { code: string; message: string; fields: { path: string; message: string }[] } }
type Errors = { 400: Json<ErrorBody>; 401: Json<ErrorBody>; 403: Json<ErrorBody>; 404: Json<ErrorBody>; 409: Json<ErrorBody> };
type Params<Q = never, P = never> = { query?: Q; header?: never; cookie?: never } & ([P] extends [never] ? { path?: never } : { path: P });
type Get<R, Q = never, P = never> = { parameters: Params<Q, P>; requestBody?: never; responses: { 200: Json<R> } & Errors };
type Write<B, R, P = never> = { parameters: Params<never, P>; requestBody: Json<B>; responses: { 200: Json<R>; 201: Json<R> } & Errors };
type Remove<P> = { parameters: Params<never, P>; requestBody?: never; responses: { 204: { content?: never } } & Errors };
type Route<Ops> = { parameters: { query?: never; header?: never; path?: never; cookie?: never } } & Ops;
type Page<T> = { items: T[]; total: number };
type ListQuery = { limit?: number; offset?: number; q?: string };

export interface AreaView { code: string; level: string; parentCode: string | null; nameTh: string; nameEn: string; childCount: number }
export interface FunctionView { code: string; scheme: string; parentCode: string | null; nameTh: string; nameEn: string }
export interface OrganisationSummary {
  id: string; code: string; kind: OrganisationKind; tier: Tier; parentId: string | null;
  nameTh: string; nameEn: string; abbreviation: string | null; childCount: number;
}
export interface OrganisationRef { id: string; nameTh: string; nameEn: string }
export interface OrganisationDetail extends OrganisationSummary {
  version: number; countryCode: string | null; website: string | null; createdAt: string; updatedAt: string;
  ancestors: OrganisationRef[]; areas: AreaView[];
}
export interface RelationshipView {
  id: string; kind: RelationshipKind; fromOrganisation: OrganisationRef; toOrganisation: OrganisationRef;
  functionCodes: string[]; areaCodes: string[]; startsOn: string | null; endsOn: string | null; note: string | null;
}
export interface MemberView { membershipId: string; userId: string; name: string; email: string; role: string }
export interface ResponsibilityView { id: string; functionCode: string; role: ResponsibilityRole }
export interface MatrixView {
  functions: FunctionView[];
  organisations: OrganisationRef[];
  cells: { functionCode: string; organisationId: string; role: ResponsibilityRole }[];
  flags: { functionCode: string; areaCode: string; flag: 'gap' | 'overlap'; organisationIds: string[] }[];
}
export interface CreateOrganisationBody {
  code: string; kind: OrganisationKind; tier: Tier; parentId: string | null; nameTh: string; nameEn: string;
  abbreviation?: string; website?: string; areaCodes?: string[];
}
export type UpdateOrganisationBody = { version: number } & Partial<Omit<CreateOrganisationBody, 'parentId' | 'areaCodes'>>;

export interface PendingPaths {
  '/api/v1/areas': Route<{ get: Get<Page<AreaView>, ListQuery & { level?: string; parent?: string }> }>;
  '/api/v1/areas/{code}': Route<{ get: Get<AreaView & { ancestors: AreaView[] }, never, { code: string }> }>;
  '/api/v1/functions': Route<{ get: Get<Page<FunctionView>, { scheme?: string; parent?: string; q?: string }> }>;
  '/api/v1/organisations': Route<{
    get: Get<Page<OrganisationSummary>, ListQuery & { parent?: string; kind?: string; tier?: string; sort?: string }>;
    post: Write<CreateOrganisationBody, OrganisationDetail>;
  }>;
  '/api/v1/organisations/{id}': Route<{
    get: Get<OrganisationDetail, never, { id: string }>;
    patch: Write<UpdateOrganisationBody, OrganisationDetail, { id: string }>;
  }>;
  '/api/v1/organisations/{id}/areas': Route<{ put: Write<{ areaCodes: string[] }, OrganisationDetail, { id: string }> }>;
  '/api/v1/organisations/{id}/relationships': Route<{ get: Get<RelationshipView[], never, { id: string }> }>;
  '/api/v1/organisations/{id}/members': Route<{ get: Get<MemberView[], never, { id: string }> }>;
  '/api/v1/organisations/{id}/responsibilities': Route<{ get: Get<ResponsibilityView[], never, { id: string }> }>;
  '/api/v1/relationships/{id}': Route<{ delete: Remove<{ id: string }> }>;
  '/api/v1/responsibility-matrix': Route<{ get: Get<MatrixView, { scheme?: string; area?: string }> }>;
}
