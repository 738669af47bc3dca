package io.footfall.runtime.analytics.evaluation;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.function.BiFunction;

final class ResultsEvaluationAccess {
    @SuppressWarnings("unchecked")
    static BiFunction<String, Long, String> addressKey(Path results) throws Exception {
        Method m = ResultsEvaluation.class.getDeclaredMethod("addressKey", Path.class);
        m.setAccessible(true);
        return (BiFunction<String, Long, String>) m.invoke(null, results);
    }
}
