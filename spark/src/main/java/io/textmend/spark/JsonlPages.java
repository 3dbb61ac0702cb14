package io.textmend.spark;

import io.textmend.CleanResult;
import io.textmend.Cleaner;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Cleans the rows that Spark's JSON Lines reader made of the input: the text field goes through
 * {@link Cleaner#clean(String)} exactly as {@code textmend clean --jsonl --field NAME} does (the
 * value is text already, so no charset decision is made; HTML in it is sniffed and extracted). A
 * line that is not JSON, or lacks a string in the field, is a failed row. Serialisable and small;
 * the cleaner comes from {@link Engines} on the executor. Immutable and thread-safe.
 */
public final class JsonlPages implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The column Spark puts a line it cannot parse in. */
    static final String CORRUPT = "_corrupt_record";

    private final CleanerSpec spec;
    private final String textField;
    private final String urlField;
    private final String dateField;

    /** {@code urlField} and {@code dateField} may be null when the input has none. */
    JsonlPages(CleanerSpec spec, String textField, String urlField, String dateField) {
        this.spec = spec;
        this.textField = textField;
        this.urlField = urlField;
        this.dateField = dateField;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Cleaner cleaner = Engines.cleaner(spec);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return page(cleaner, rows.next());
            }
        };
    }

    private Row page(Cleaner cleaner, Row row) {
        String source = null;
        String url = urlField == null ? null : row.getAs(urlField);
        String date = dateField == null ? null : row.getAs(dateField);
        String corrupt = row.getAs(CORRUPT);
        if (corrupt != null) {
            return Pages.failed(source, url, date, "not a valid JSON object");
        }
        String text = row.getAs(textField);
        if (text == null) {
            return Pages.failed(source, url, date, "no string field '" + textField + "'");
        }
        try {
            CleanResult r = cleaner.clean(text);
            return Pages.cleaned(source, url, date, r);
        } catch (RuntimeException | StackOverflowError e) {
            return Pages.failed(source, url, date, Pages.reason(e));
        }
    }
}
