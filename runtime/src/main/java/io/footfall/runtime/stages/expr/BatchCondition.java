package io.footfall.runtime.stages.expr;

import io.footfall.runtime.api.Record;
import java.util.List;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;

/**
 * A condition evaluated over a whole batch in one JEXL call. JEXL builds a new interpreter for every
 * evaluation, which costs more than a simple comparison itself; wrapping the (separately compiled and so
 * known to be one well-formed expression) condition in a loop that JEXL runs once per batch pays that once.
 * The loop iterates over a {@link BatchCursor} and assigns each value to a variable the context passes
 * on, so no record costs a reflective method call. Records see exactly the variables
 * {@link RecordExpression} gives them. One instance per stage instance.
 */
public final class BatchCondition {
    private static final String CURSOR = "__footfall_cursor";
    private static final String RESULT = "__footfall_result";

    private final RecordExpression single;
    private final JexlScript loop;
    private final RecordContext context = new RecordContext();
    private final BatchCursor cursor = new BatchCursor(context);

    /** What happened to each record of a batch. */
    public interface Outcome {
        void accept(int index, boolean value);

        void fail(int index, String message);
    }

    private BatchCondition(RecordExpression single, JexlScript loop) {
        this.single = single;
        this.loop = loop;
        context.define(CURSOR, cursor);
        context.onAssign(RESULT, cursor::result);
    }

    /** Compiles; throws {@link IllegalArgumentException} naming what is wrong with the text. */
    public static BatchCondition compile(String text) {
        RecordExpression single = RecordExpression.compile(text);
        JexlScript loop = ExpressionEngine.compileLoop(
                "for (var __footfall_record : " + CURSOR + ") { " + RESULT + " = (" + text + "\n); }");
        return new BatchCondition(single, loop);
    }

    public String text() {
        return single.text();
    }

    /** Evaluates the condition for every record, in order, telling the outcome of each. */
    public void evaluate(List<Record> records, Outcome outcome) {
        Object[] results = new Object[records.size()];
        int from = 0;
        while (from < records.size()) {
            cursor.reset(records, results, from);
            try {
                loop.execute(context);
                from = records.size();
            } catch (JexlException | ArithmeticException | UnsupportedOperationException e) {
                int failed = cursor.index();
                String why = e instanceof JexlException je ? ExpressionEngine.message(je) : e.getMessage();
                results[failed] = new Failure("expression '" + text() + "' failed: " + why);
                from = failed + 1;
            }
        }
        for (int i = 0; i < results.length; i++) {
            Object v = results[i];
            if (v instanceof Boolean b) {
                outcome.accept(i, b);
            } else if (v instanceof Failure f) {
                outcome.fail(i, f.message);
            } else {
                outcome.fail(i, "condition '" + text() + "' gave " + (v == null ? "null" : "'" + v + "'")
                        + ", not true or false");
            }
        }
    }

    private record Failure(String message) {
    }
}
