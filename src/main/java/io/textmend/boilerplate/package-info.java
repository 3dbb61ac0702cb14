/** Plain-text boilerplate removal: a document of blocks with features, and small named filters composed into presets. */
package io.textmend.boilerplate;
