/** Throughput measurement of the job (not run by the tests). */
package io.textmend.spark.bench;
