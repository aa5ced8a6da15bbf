/**
 * The catalog's machinery, not API: JSON read with positions, the validator and its checks, and
 * the cycle finder. Use {@link io.glutewise.catalog.CatalogLoader} instead.
 */
package io.glutewise.catalog.internal;
