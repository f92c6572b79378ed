/** The server's enumerations, defined once in src/shared/enums.ts. */
export * from '../../shared/enums';
