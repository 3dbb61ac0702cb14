/** Cleaning a crawl (WARC/WET or JSON Lines) with textmend on Apache Spark: the job and its passes. */
package io.textmend.spark;
