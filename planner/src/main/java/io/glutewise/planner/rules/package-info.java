/**
 * Progression rules: named, composable objects that look at the history of one place in a program
 * (the attempts at it, newest last) and decide what comes next, with a reason.
 *
 * <p>Every rule keys on both the repetitions or seconds completed and the load completed. The
 * standard chain ({@link io.glutewise.planner.rules.ProgressionRules#standard()}) asks them in this
 * order and the first that decides wins:
 *
 * <ol>
 *   <li>{@link io.glutewise.planner.rules.MissedSessionRule}: a missed session or an exercise left
 *       out advances nothing;
 *   <li>{@link io.glutewise.planner.rules.PainDuringRule}: pain during the exercise above the
 *       trainee's limit regresses it one step, and nothing else of that session moves on;
 *   <li>{@link io.glutewise.planner.rules.NextMorningPainRule}: pain the next morning higher than
 *       before holds (one point) or regresses (two or more);
 *   <li>{@link io.glutewise.planner.rules.DeloadWeekRule}: a deload week holds;
 *   <li>{@link io.glutewise.planner.rules.OffPrescriptionRule}: another exercise, or less load than
 *       prescribed, holds;
 *   <li>{@link io.glutewise.planner.rules.LadderStepRule}: one rung up when every set reached the
 *       top and the rung's criterion was met on consecutive sessions;
 *   <li>{@link io.glutewise.planner.rules.TwoForTwoRule}: more load when the last set beat the top
 *       by two or more on two sessions in a row;
 *   <li>{@link io.glutewise.planner.rules.DoubleProgressionRule} and
 *       {@link io.glutewise.planner.rules.HoldTimeRule}: repetitions or seconds up within the range,
 *       and at the top of it a load step, or the sets and repetitions the next rung asks for.
 * </ol>
 */
@GlutewiseStyle
package io.glutewise.planner.rules;

import io.glutewise.core.GlutewiseStyle;
