/** The textmend command line (picocli). Nothing outside this package imports it. */
package io.textmend.cli;
