package io.textmend.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session the tests of this JVM share: {@code local[2]} (the machine has two
 * cores), few shuffle partitions, no UI. Spark stops it at JVM exit.
 */
final class SparkTests {

    private static SparkSession session;

    private SparkTests() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("textmend-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
