/**
 * What the studio's page and its local API agree on. The header marks a request as the studio's
 * own: a page on another site cannot send it without a CORS preflight, which the API never answers.
 */
export const STUDIO_HEADER = 'x-sourceline-studio';
