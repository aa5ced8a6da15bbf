/**
 * The adaptive step: a program and the logs so far give the next sessions, each prescription
 * progressed, held, regressed or deloaded by the rules of {@link io.glutewise.planner.rules}, with a
 * reason a person can read.
 */
@GlutewiseStyle
package io.glutewise.planner.adapt;

import io.glutewise.core.GlutewiseStyle;
