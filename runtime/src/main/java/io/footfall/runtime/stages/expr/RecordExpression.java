package io.footfall.runtime.stages.expr;

import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;

/**
 * A JEXL expression compiled once (at stage init) and evaluated per record. Holds a reusable context,
 * so one instance belongs to one stage instance and one thread.
 *
 * <p>What an expression sees: each top-level field as a variable ({@code rssi > -80 && kind == 'wifi'}),
 * any field by path through {@code record['/pos/x']}, {@code record.has('/pos')}, plus whatever the
 * stage defines. A variable that the record does not have is an error for that record (strict mode),
 * so a missing field never silently compares as zero; use {@code record.has('/x')} or {@code x ?? 0}.
 */
public final class RecordExpression {
    public static final String ERROR_CODE = "EXPRESSION_FAILED";

    private final String text;
    private final JexlExpression compiled;
    private final RecordContext context = new RecordContext();

    private RecordExpression(String text, JexlExpression compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    /** Compiles; throws {@link IllegalArgumentException} naming what is wrong with the text. */
    public static RecordExpression compile(String text) {
        return new RecordExpression(text, ExpressionEngine.compile(text));
    }

    /** Adds a fixed variable visible to every evaluation (e.g. the generator's {@code rnd}). */
    public RecordExpression define(String name, Object value) {
        context.define(name, value);
        return this;
    }

    public String text() {
        return text;
    }

    /** The value of the expression on the record, as JEXL computed it. */
    public Object evaluate(Record record) throws OnRecordErrorException {
        context.setRecord(record);
        try {
            return compiled.evaluate(context);
        } catch (JexlException | ArithmeticException | UnsupportedOperationException e) {
            String why = e instanceof JexlException je ? ExpressionEngine.message(je) : e.getMessage();
            throw new OnRecordErrorException(ERROR_CODE, "expression '" + text + "' failed: " + why);
        }
    }

    /** Evaluates a condition; anything but a boolean result is an error for the record. */
    public boolean test(Record record) throws OnRecordErrorException {
        Object v = evaluate(record);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new OnRecordErrorException(ERROR_CODE, "condition '" + text + "' gave "
                + (v == null ? "null" : "'" + v + "'") + ", not true or false");
    }
}
