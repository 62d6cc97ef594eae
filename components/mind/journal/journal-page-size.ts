/** Entries per page of the journal list: the page reads the first one, "Show older" the next ones. */
export const JOURNAL_LIST_PAGE = 20;
