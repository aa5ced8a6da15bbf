/**
 * Numbers about a program: weekly working sets per muscle and in total, how long each session
 * takes, and a week-by-week summary a coach reads at a glance (phase, hard sets per glute group, load
 * and variant changes, minutes).
 */
@GlutewiseStyle
package io.glutewise.planner.stats;

import io.glutewise.core.GlutewiseStyle;
