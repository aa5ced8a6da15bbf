/**
 * How training is going: pain per session, adherence, hard sets per glute group per week, the
 * exercises that moved, and outcome check-ins against the baseline.
 */
package io.glutewise.planner.progress;
