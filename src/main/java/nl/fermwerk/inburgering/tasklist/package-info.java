/**
 * Tasklist as a place to work: the filters each role finds at login (kept up to date at every start, never
 * duplicated, readable per group), showing the dossier's display name, number and gemeente, and the numbers beside
 * them, counted once per period for all colleagues who would get the same number ({@link
 * nl.fermwerk.inburgering.tasklist.GedeeldeFiltertellingen}). The Dutch texts and the styling of Tasklist and the
 * welcome page live next to it as webapp resources under
 * {@code src/main/resources/META-INF/resources/webjars/camunda/app/}; see {@code docs/tasklist.md}.
 */
package nl.fermwerk.inburgering.tasklist;
