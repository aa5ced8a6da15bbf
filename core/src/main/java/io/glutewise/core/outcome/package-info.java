/** Outcome check-ins: pain and the Patient-Specific Functional Scale, recorded every few weeks. */
@GlutewiseStyle
package io.glutewise.core.outcome;

import io.glutewise.core.GlutewiseStyle;
