/**
 * Where the command line keeps things: the data folder, the training log (JSON Lines, appended
 * atomically under a lock) and the saved plan, and writing files so that a reader never sees a
 * half-written one.
 */
package io.glutewise.cli.storage;
