/**
 * Screening before any program: red flags that turn a plan into a referral, the weak-glute
 * checklist score that explains the program's emphasis, and outcome measures (pain, Oswestry
 * Disability Index, minimal important change) computed from answers the caller supplies.
 */
@GlutewiseStyle
package io.glutewise.planner.screening;

import io.glutewise.core.GlutewiseStyle;
