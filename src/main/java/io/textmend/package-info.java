/** textmend: turns scraped web pages back into clean, correctly encoded text; {@link io.textmend.TextMend} is the entry point. */
package io.textmend;
