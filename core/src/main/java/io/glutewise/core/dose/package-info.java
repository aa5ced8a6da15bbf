/** Doses: what is prescribed (sets, repetitions or holds, rest, pause, load, effort) and what was performed. */
@GlutewiseStyle
package io.glutewise.core.dose;

import io.glutewise.core.GlutewiseStyle;
