/**
 * The seeds' non-exercise knowledge, as data with sources: the beginner routine as a template, the
 * red-flag questions, the weak-glute checklist, daily habits and the timeline of what to expect.
 */
@GlutewiseStyle
package io.glutewise.catalog.guidance;

import io.glutewise.core.GlutewiseStyle;
