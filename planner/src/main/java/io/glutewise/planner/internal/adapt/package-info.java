/**
 * The adaptive step as a pipeline of named steps with immutable values between them: {@link
 * io.glutewise.planner.internal.adapt.LogIndex} (logs checked against the program), {@link
 * io.glutewise.planner.internal.adapt.Replay} (the program replayed session by session), {@link
 * io.glutewise.planner.internal.adapt.SlotProgress} (the rules decide per slot), {@link
 * io.glutewise.planner.internal.adapt.PainGate} (a session that hurt stops every slot moving on),
 * {@link io.glutewise.planner.internal.adapt.PhaseCarryOver} (a new phase's exercise continues the
 * slot), {@link io.glutewise.planner.internal.adapt.SessionShaping} (flare-up, coming back after a
 * break, lower-back load, warm-up and cool-down), {@link
 * io.glutewise.planner.internal.adapt.Fitting} (the builder's fitter) and {@link
 * io.glutewise.planner.internal.adapt.Explanation} (one change per prescription, with its reason).
 * Not API.
 */
@GlutewiseStyle
package io.glutewise.planner.internal.adapt;

import io.glutewise.core.GlutewiseStyle;
