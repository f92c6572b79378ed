/** Named views of the generated API types, so components do not spell out response paths. */
import type { Paths } from './client';

type Ok<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;
type Body<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type AreaView = Ok<'/api/v1/areas', 'get'>['items'][number];
export type FunctionView = Ok<'/api/v1/functions', 'get'>['items'][number];
export type OrganisationSummary = Ok<'/api/v1/organisations', 'get'>['items'][number];
export type OrganisationDetail = Ok<'/api/v1/organisations/{id}', 'get'>;
export type OrganisationRef = OrganisationDetail['ancestors'][number];
export type RelationshipView = Ok<'/api/v1/organisations/{id}/relationships', 'get'>[number];
export type MemberView = Ok<'/api/v1/organisations/{id}/members', 'get'>[number];
export type MatrixView = Ok<'/api/v1/responsibility-matrix', 'get'>;
export type CreateOrganisationBody = Body<'/api/v1/organisations', 'post'>;
export type UpdateOrganisationBody = Body<'/api/v1/organisations/{id}', 'patch'>;
