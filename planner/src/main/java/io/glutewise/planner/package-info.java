/**
 * The planner: screening, periodized program building, the adaptive step from logs.
 *
 * <p>Start at {@link io.glutewise.planner.Planner}: {@code Planner.standard().plan(profile,
 * options)} screens the trainee and returns a {@link io.glutewise.planner.PlanResult} holding either
 * a program or a referral, never both; {@code next(program, logs)} adapts the coming sessions to what
 * was actually done.
 */
@GlutewiseStyle
package io.glutewise.planner;

import io.glutewise.core.GlutewiseStyle;
