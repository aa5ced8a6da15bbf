/** Exercises, their movement patterns, muscles with roles and EMG figures, equipment, and ladder steps. */
@GlutewiseStyle
package io.glutewise.core.exercise;

import io.glutewise.core.GlutewiseStyle;
