/**
 * Importers of other exercise catalogs. Imported exercises keep what the source says and map it
 * onto glutewise's vocabulary only where the mapping is sound, saying how faithful each mapping
 * is; what the source does not say (movement pattern, laterality, lower-back load, dose) is left
 * unknown, never guessed. See {@link io.glutewise.catalog.importer.FreeExerciseDbImporter}.
 */
@GlutewiseStyle
package io.glutewise.catalog.importer;

import io.glutewise.core.GlutewiseStyle;
