/** The standard exercise catalog: its document shape, loader, validator and queries. */
@GlutewiseStyle
package io.glutewise.catalog;

import io.glutewise.core.GlutewiseStyle;
