package io.textmend.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The driver's Hadoop configuration as a serialisable map, so that executors open input paths
 * ({@code hdfs://}, {@code s3a://}, {@code file:}) with the same file systems and credentials
 * ({@code spark.hadoop.*}) as the driver. Immutable.
 */
final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> entries;

    private HadoopConf(HashMap<String, String> entries) {
        this.entries = entries;
    }

    static HadoopConf of(Configuration conf) {
        HashMap<String, String> m = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            m.put(e.getKey(), e.getValue());
        }
        return new HadoopConf(m);
    }

    Configuration toConfiguration() {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }

    /** Opens a path for reading through its Hadoop file system. */
    static InputStream open(String path, Configuration conf) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(conf).open(p);
    }
}
