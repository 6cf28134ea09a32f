interface ImportMetaEnv {
  /** True only under `astro dev` (set by src/integrations/validation.ts from Astro's command). */
  readonly SOP_DEV_SERVER: boolean;
}
