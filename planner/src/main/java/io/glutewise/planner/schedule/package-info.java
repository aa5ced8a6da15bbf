/** Dates that follow the person: the sessions after a late one move to keep their spacing. */
package io.glutewise.planner.schedule;
