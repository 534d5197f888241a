// Slack's limits that the renderers respect (Block Kit reference).
export const SECTION_TEXT_MAX = 3000; // characters in a section's text
export const BLOCKS_PER_MESSAGE = 50;
export const CONTEXT_ELEMENTS_MAX = 10;
export const CONTEXT_TEXT_MAX = 2000; // kept below the 3000 text-object maximum
export const BUTTON_VALUE_MAX = 2000;
export const FALLBACK_TEXT_MAX = 3000; // the notification `text`; Slack truncates at 40k
