/**
 * The words the API and the records share: enums whose keys appear in JSON and whose names are stored. A leaf of the
 * layout, as the data catalogue ({@code com.japanautoparts.kura.catalogue}) is: it depends on nothing of this
 * service, and {@code api}, {@code domain} and {@code service} all use it. (In {@code domain} the DTOs in {@code api}
 * could not name them; in {@code api} the entities could not.)
 */
package com.japanautoparts.kura.disclosure.vocabulary;
