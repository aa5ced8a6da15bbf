/** Programs: phases of weeks of sessions, each session a warm-up, a main block and a cool-down of prescriptions. */
@GlutewiseStyle
package io.glutewise.core.program;

import io.glutewise.core.GlutewiseStyle;
