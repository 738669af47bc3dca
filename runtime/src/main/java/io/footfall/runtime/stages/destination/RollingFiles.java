package io.footfall.runtime.stages.destination;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageContext;
import io.footfall.runtime.stages.ConfigReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The file-series settings the file and error-file destinations share, and the "file closed" event. */
final class RollingFiles {
    static final String DIRECTORY = "directory";
    static final String PREFIX = "filePrefix";
    static final String MAX_MB = "maxFileSizeMb";
    static final String MAX_RECORDS = "maxRecordsPerFile";
    static final String BUFFER_KB = "bufferKb";
    static final String FILE_CLOSED = "file-closed";

    private RollingFiles() {
    }

    static List<ConfigDef> configs(String defaultDirectory, String defaultPrefix) {
        return List.of(
                ConfigDef.builder(DIRECTORY, ConfigDef.Type.FILE_PATH).label("Directory").required()
                        .defaultValue(defaultDirectory).description("Where the files go (created if missing). "
                                + "Relative paths are resolved against the pipeline file's folder.").build(),
                ConfigDef.builder(PREFIX, ConfigDef.Type.STRING).label("File name prefix").defaultValue(defaultPrefix)
                        .description("Files are named <prefix>-<UTC yyyyMMdd-HHmmss>-<n>.<ext>; a file being "
                                + "written is named _tmp_<name> until it is complete.").build(),
                ConfigDef.builder(MAX_MB, ConfigDef.Type.DOUBLE).label("Roll at size (MB)").defaultValue(128)
                        .min(0).group("Rolling")
                        .description("Start a new file once the current one reaches this size; 0 for no limit.")
                        .build(),
                ConfigDef.builder(MAX_RECORDS, ConfigDef.Type.INTEGER).label("Roll at record count").defaultValue(0)
                        .min(0).group("Rolling")
                        .description("Start a new file after this many records; 0 for no limit.").build(),
                ConfigDef.builder(BUFFER_KB, ConfigDef.Type.INTEGER).label("Write buffer (KB)").defaultValue(256)
                        .range(4, 65_536).group("Advanced")
                        .description("Bytes gathered before a write to the disk.").build());
    }

    /** A writer for the configured series; every completed file is announced on the event lane. */
    static RollingFileWriter create(ConfigReader c, StageContext context, String extension,
                                    RecordFormatWriter.Factory format) {
        String dirText = c.optionalString(DIRECTORY, "out");
        Path directory = context.baseDirectory().resolve(dirText).toAbsolutePath().normalize();
        String prefix = c.optionalString(PREFIX, "records");
        if (prefix.contains("/") || prefix.contains("\\") || prefix.startsWith(".")) {
            c.issue(PREFIX, "must be a plain file name part, not '" + prefix + "'");
        }
        long maxBytes = (long) (c.doubleValue(MAX_MB, 128, 0) * 1024 * 1024);
        long maxRecords = c.longValue(MAX_RECORDS, 0, 0);
        int buffer = (int) Math.min(65_536, c.longValue(BUFFER_KB, 256, 4)) * 1024;
        return new RollingFileWriter(directory, prefix, extension, maxBytes, maxRecords, buffer, format,
                context.clock(), (path, counts) -> {
                    Record event = context.createEvent(FILE_CLOSED);
                    event.set("/path", Field.of(path.toString()));
                    event.set("/records", Field.of(counts[0]));
                    event.set("/bytes", Field.of(counts[1]));
                    context.emitEvent(event);
                });
    }

    /** Completes the open file at destroy; a failure here is logged to the metrics, never thrown. */
    static void closeQuietly(RollingFileWriter files, StageContext context) {
        if (files == null) {
            return;
        }
        try {
            files.close();
        } catch (IOException e) {
            context.metrics().count("closeFailures", 1);
            System.err.println("stage '" + context.instanceName() + "': could not complete the file in "
                    + files.directory() + ": " + e);
        }
    }
}
