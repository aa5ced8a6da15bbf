/**
 * The training model as data: what each phase aims at in numbers (weekly hard sets per glute group,
 * repetitions, effort, rest, squeeze, how variant and load move), the deload fraction, and the load
 * steps real equipment has. The builder plans to these numbers and the phase descriptions a person
 * reads are written from them, so text and plan cannot disagree. Every number cites a line of
 * {@code docs/evidence.md}.
 */
@GlutewiseStyle
package io.glutewise.planner.model;

import io.glutewise.core.GlutewiseStyle;
