/* Empty on purpose: see WORLD_AT_START in wxt.config.ts. */
