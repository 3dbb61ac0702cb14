/** Detects and repairs mojibake in text that was already decoded with the wrong charset, and the optional text-hygiene steps. */
package io.textmend.mojibake;
