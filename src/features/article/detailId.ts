/** The element id of the event detail, so the article can link to it: a stable in-page anchor. */
export const EVENT_DETAIL_ID = 'event-detail';
