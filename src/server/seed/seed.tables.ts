import type { Generated } from 'kysely';

export interface ReferenceDataStateTable {
  singleton: Generated<boolean>;
  fingerprint: string;
  loaded_at: Generated<Date>;
}

export interface SeedTables {
  reference_data_state: ReferenceDataStateTable;
}
