/**
 * The most procedure calls one HTTP request may carry (a tRPC batch): the API refuses more, so one request cannot
 * set it to unbounded work, and the panel splits its batches to fit.
 */
export const maxCallsPerBatch = 10;
