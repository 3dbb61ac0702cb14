/** HTML main-content extraction with jsoup; the only package that imports jsoup. */
package io.textmend.html;
