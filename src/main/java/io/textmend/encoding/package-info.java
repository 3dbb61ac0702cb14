/** Bytes to text: BOM, declared charsets checked against the bytes, detection, textmend's own code-page tables. */
package io.textmend.encoding;
