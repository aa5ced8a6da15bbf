/**
 * The one suitability rule: whether a trainee can do an exercise now, given equipment,
 * limitations, current pain and level. Every part of glutewise that chooses exercises asks it.
 */
@GlutewiseStyle
package io.glutewise.planner.suitability;

import io.glutewise.core.GlutewiseStyle;
