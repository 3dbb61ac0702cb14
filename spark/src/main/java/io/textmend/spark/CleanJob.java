package io.textmend.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: read WARC/WET or JSON Lines, clean every page with textmend, optionally learn and
 * remove site templates, and write one row per page (url, date, charset, title, text and the
 * repair and removal counts) as Parquet or JSON Lines.
 *
 * <p>Passes: (1) clean, each page once, the rows persisted; (2) with site templates, the learning
 * aggregation over the cleaned lines and a broadcast of the profiles; (3) removal of template lines
 * and the write. Run it with {@code spark-submit --class io.textmend.spark.CleanJob} (see
 * {@link CleanJobCommand} for the options) or call {@link #run} with a session. Stateless; runs of
 * different jobs may share a session.
 */
public final class CleanJob {

    private CleanJob() {
    }

    /** Entry point for {@code spark-submit}; exit code 0, 1 when some page failed, 2 on a bad command line. */
    public static void main(String[] args) {
        System.exit(CleanJobCommand.execute(args));
    }

    /** Runs the job in {@code spark} and returns what it did. */
    public static JobSummary run(SparkSession spark, JobOptions o) {
        long start = System.nanoTime();
        Dataset<Row> pages = clean(spark, o).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long[] byStatus = countByStatus(pages);
            if (o.failuresOut() != null) {
                pages.where(col(Pages.STATUS).notEqual(Pages.OK))
                        .select(Pages.STATUS, Pages.ERROR, Pages.SOURCE, Pages.URL, Pages.DATE)
                        .write().mode(SaveMode.Overwrite).json(o.failuresOut());
            }
            Dataset<Row> ok = pages.where(col(Pages.STATUS).equalTo(Pages.OK));
            long sites = 0;
            long lines = 0;
            long removed = 0;
            Dataset<Row> out;
            if (o.templates() != null) {
                Dataset<Row> profiles = SiteTemplates.learn(ok, o.templates()).persist(StorageLevel.MEMORY_AND_DISK());
                HashMap<String, long[]> collected = SiteTemplates.collect(profiles);
                if (o.profilesOut() != null) {
                    profiles.write().mode(SaveMode.Overwrite).json(o.profilesOut());
                }
                profiles.unpersist();
                sites = collected.size();
                lines = collected.values().stream().mapToLong(a -> a.length).sum();
                Broadcast<HashMap<String, long[]>> b = new JavaSparkContext(spark.sparkContext()).broadcast(collected);
                out = SiteTemplates.apply(ok, b);
            } else {
                out = ok.withColumn(Pages.SITE_TEMPLATE_REMOVALS, lit(0L)).select(outputColumns());
            }
            write(out, o);
            if (o.templates() != null) {
                Row r = read(spark, o).agg(sum(Pages.SITE_TEMPLATE_REMOVALS)).first();
                removed = r.isNullAt(0) ? 0 : r.getLong(0);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new JobSummary(byStatus[0], byStatus[1], byStatus[2], sites, lines, removed, seconds);
        } finally {
            pages.unpersist();
        }
    }

    /** Pass 1: the {@link Pages} rows of the input, lazily. */
    static Dataset<Row> clean(SparkSession spark, JobOptions o) {
        if (o.format() == JobOptions.Format.WARC) {
            List<String> paths = o.inputs();
            JavaSparkContext jsc = new JavaSparkContext(spark.sparkContext());
            HadoopConf conf = HadoopConf.of(spark.sparkContext().hadoopConfiguration());
            JavaRDD<Row> rows = jsc.parallelize(paths, paths.size())
                    .mapPartitions(new WarcPages(o.cleaner(), o.maxBytes(), conf));
            return spark.createDataFrame(rows, Pages.SCHEMA);
        }
        StructType schema = new StructType().add(o.textField(), DataTypes.StringType, true);
        if (o.urlField() != null) {
            schema = schema.add(o.urlField(), DataTypes.StringType, true);
        }
        if (o.dateField() != null && !o.dateField().equals(o.urlField())) {
            schema = schema.add(o.dateField(), DataTypes.StringType, true);
        }
        schema = schema.add(JsonlPages.CORRUPT, DataTypes.StringType, true);
        Dataset<Row> in = spark.read().schema(schema).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", JsonlPages.CORRUPT)
                .json(o.inputs().toArray(new String[0]));
        return in.mapPartitions(new JsonlPages(o.cleaner(), o.textField(), o.urlField(), o.dateField()),
                org.apache.spark.sql.Encoders.row(Pages.SCHEMA));
    }

    private static long[] countByStatus(Dataset<Row> pages) {
        long[] n = new long[3];
        for (Row r : pages.groupBy(Pages.STATUS).count().collectAsList()) {
            String s = r.getString(0);
            int i = s.equals(Pages.OK) ? 0 : s.equals(Pages.SKIPPED_NON_HTML) ? 1 : 2;
            n[i] += r.getLong(1);
        }
        return n;
    }

    private static Column[] outputColumns() {
        List<Column> cs = new ArrayList<>();
        for (String c : Pages.OUTPUT_COLUMNS) {
            cs.add(col(c));
        }
        return cs.toArray(new Column[0]);
    }

    private static void write(Dataset<Row> out, JobOptions o) {
        DataFrameWriter<Row> w = out.write().mode(o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (o.outputFormat().equals("json")) {
            w.json(o.output());
        } else {
            w.parquet(o.output());
        }
    }

    /** Reads the job's output back (for checks and counts). */
    public static Dataset<Row> read(SparkSession spark, JobOptions o) {
        return o.outputFormat().equals("json") ? spark.read().json(o.output()) : spark.read().parquet(o.output());
    }
}
