/** The trainee: experience, equipment, schedule, pain, goals, limitations and red-flag answers. */
@GlutewiseStyle
package io.glutewise.core.trainee;

import io.glutewise.core.GlutewiseStyle;
