/** The one JSON mapper of glutewise and the exception for JSON that cannot be read. */
package io.glutewise.core.json;
