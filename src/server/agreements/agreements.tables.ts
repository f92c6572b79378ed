import type { Generated } from 'kysely';

export const AGREEMENT_STATUSES = ['draft', 'proposed', 'signed', 'evaluated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_SIDES = ['principal', 'agent'] as const;
export type AgreementSide = (typeof AGREEMENT_SIDES)[number];

export interface AgreementsTable {
  id: Generated<string>;
  principal_organisation_id: string;
  agent_organisation_id: string;
  fiscal_year: number;
  /** 'YYYY-MM-DD' */
  period_start: string;
  period_end: string;
  title_th: string;
  title_en: string;
  status: Generated<AgreementStatus>;
  /** numeric as string */
  total_score: string | null;
  evaluated_at: Date | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgreementKpisTable {
  id: Generated<string>;
  agreement_id: string;
  position: number;
  indicator_id: string;
  weight: string;
  level_1: string;
  level_2: string;
  level_3: string;
  level_4: string;
  level_5: string;
  actual_value: string | null;
  score: string | null;
}

export interface AgreementSignaturesTable {
  agreement_id: string;
  side: AgreementSide;
  user_id: string | null;
  signer_name: string;
  signed_at: Generated<Date>;
}

export interface AgreementsTables {
  agreements: AgreementsTable;
  agreement_kpis: AgreementKpisTable;
  agreement_signatures: AgreementSignaturesTable;
}
