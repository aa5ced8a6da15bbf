/** Progression ladders held as a directed acyclic graph of exercises, easier to harder. */
package io.glutewise.catalog.ladder;
