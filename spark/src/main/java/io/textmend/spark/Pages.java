package io.textmend.spark;

import io.textmend.CleanResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the job's first pass produces: one per page considered, cleaned or not. Skipped and
 * failed pages are rows too (with a status), so the job counts them exactly with an aggregation
 * instead of accumulators, which double-count when a task is retried. Stateless.
 */
public final class Pages {

    /** Cleaned. */
    public static final String OK = "ok";
    /** A WARC response whose HTTP {@code Content-Type} is not HTML. */
    public static final String SKIPPED_NON_HTML = "skipped_non_html";
    /** Could not be read or cleaned (binary body, record over the size limit, malformed input). */
    public static final String FAILED = "failed";

    public static final String STATUS = "status";
    public static final String ERROR = "error";
    public static final String SOURCE = "source";
    public static final String SITE = "site";
    public static final String URL = "url";
    public static final String DATE = "date";
    public static final String CHARSET = "charset";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String MOJIBAKE_REPAIRS = "mojibake_repairs";
    public static final String BOILERPLATE_REMOVALS = "boilerplate_removals";
    public static final String SITE_TEMPLATE_REMOVALS = "site_template_removals";

    /** Stage names counted from {@link CleanResult#changes()}. */
    static final String MOJIBAKE_STAGE = "mojibake";
    static final String BOILERPLATE_STAGE = "boilerplate";

    public static final StructType SCHEMA = new StructType()
            .add(STATUS, DataTypes.StringType, false)
            .add(ERROR, DataTypes.StringType, true)
            .add(SOURCE, DataTypes.StringType, true)
            .add(SITE, DataTypes.StringType, false)
            .add(URL, DataTypes.StringType, true)
            .add(DATE, DataTypes.StringType, true)
            .add(CHARSET, DataTypes.StringType, true)
            .add(TITLE, DataTypes.StringType, true)
            .add(TEXT, DataTypes.StringType, true)
            .add(MOJIBAKE_REPAIRS, DataTypes.LongType, false)
            .add(BOILERPLATE_REMOVALS, DataTypes.LongType, false);

    /** The columns the job writes, in order. */
    public static final String[] OUTPUT_COLUMNS = {URL, DATE, CHARSET, TITLE, TEXT, MOJIBAKE_REPAIRS,
        BOILERPLATE_REMOVALS, SITE_TEMPLATE_REMOVALS};

    private Pages() {
    }

    static Row cleaned(String source, String url, String date, CleanResult r) {
        return RowFactory.create(OK, null, source, SiteTemplates.siteKey(url), url, date, r.charset(), r.title(),
                r.text(), r.count(MOJIBAKE_STAGE), r.count(BOILERPLATE_STAGE));
    }

    static Row skipped(String source, String url, String date, String why) {
        return RowFactory.create(SKIPPED_NON_HTML, why, source, SiteTemplates.siteKey(url), url, date, null, null,
                null, 0L, 0L);
    }

    static Row failed(String source, String url, String date, String why) {
        return RowFactory.create(FAILED, why, source, SiteTemplates.siteKey(url), url, date, null, null, null,
                0L, 0L);
    }

    /** A one-line reason for a failure, without a stack trace. */
    static String reason(Throwable t) {
        String m = t.getMessage();
        String name = t.getClass().getSimpleName();
        if (m == null || m.isBlank()) {
            return name;
        }
        int nl = m.indexOf('\n');
        return name + ": " + (nl < 0 ? m : m.substring(0, nl));
    }
}
