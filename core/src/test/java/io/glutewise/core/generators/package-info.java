/**
 * Shared QuickTheories generators for every value type and enum of glutewise core, shipped in
 * core's test-jar so that every module's properties draw from the same place.
 *
 * <p>Depend on them with {@code glutewise-core}, type {@code test-jar}, scope {@code test}. One
 * class per area: {@link io.glutewise.core.generators.CoreGenerators} (slugs, texts, dates, pain
 * scores, enum subsets), {@link io.glutewise.core.generators.AnatomyGenerators},
 * {@link io.glutewise.core.generators.DoseGenerators},
 * {@link io.glutewise.core.generators.ExerciseGenerators},
 * {@link io.glutewise.core.generators.TraineeGenerators},
 * {@link io.glutewise.core.generators.ProgramGenerators} and
 * {@link io.glutewise.core.generators.LogGenerators}. Every generated value is valid (it builds
 * without an exception) and every generator shrinks through QuickTheories' randomness source.
 * {@link io.glutewise.core.generators.Theories} holds the common property settings,
 * {@link io.glutewise.core.generators.Rejections} the assertion for values a builder must reject,
 * and {@link io.glutewise.core.generators.VocabularyEnum} lists every enum with its id lookup.
 */
package io.glutewise.core.generators;
