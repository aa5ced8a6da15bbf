/** Queries over the catalog by muscle and role, pattern, equipment, difficulty, load and side. */
package io.glutewise.catalog.query;
