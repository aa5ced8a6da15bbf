/**
 * Numbers about a program: weekly working sets per muscle and in total, and how long each session
 * takes.
 */
package io.glutewise.planner.stats;
