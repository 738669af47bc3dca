package io.footfall.runtime.server;

import java.util.regex.Pattern;

/** Pipeline ids are file names under the data folder: only these characters, so nothing escapes it. */
public final class PipelineIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private PipelineIds() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    public static String require(String id) throws ApiException {
        if (!isValid(id)) {
            throw new ApiException(400, "pipeline id '" + (id == null ? "" : id.length() > 80 ? id.substring(0, 80) + "…" : id)
                    + "' is not valid: use 1 to 64 of A-Z a-z 0-9 . _ - (and not '.' or '..')");
        }
        return id;
    }
}
