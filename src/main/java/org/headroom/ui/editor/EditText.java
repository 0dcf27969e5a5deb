package org.headroom.ui.editor;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.headroom.analysis.TimeFormat;
import org.headroom.edit.Edit;

/**
 * One edit as a line for the Applied list: its op name, then its fields as "name value", read
 * from the record itself, so an op added to {@link Edit} shows up with its fields without a
 * line of code here. Unset fields (null, false) are left out; a field whose name says it is a
 * time on the source ({@link #TIMES}) reads as a clock time, a nested record as its own fields
 * in brackets and a list as its items.
 */
final class EditText {
    /** Field names that hold seconds on the source's timeline, written as h:mm:ss.mmm. */
    static final Set<String> TIMES = Set.of("start", "end", "at", "from", "to", "until", "profileStart", "profileEnd");
    private static final String SEP = " \u00b7 ";

    private EditText() {
    }

    static String of(Edit e) {
        String fields = fields(e);
        return fields.isEmpty() ? e.op() : e.op() + "  " + fields;
    }

    private static String fields(Object value) {
        if (!(value instanceof Record r)) return value.toString();
        List<String> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue; // a field that cannot be read is left out rather than breaking the list
            }
            String text = value(c.getName(), v);
            if (text != null) out.add(text.isEmpty() ? c.getName() : c.getName() + " " + text);
        }
        return String.join(SEP, out);
    }

    /** The field's value as shown, "" for a flag that is on, null for one that is unset (false, NaN, an empty list). */
    private static String value(String name, Object v) {
        if (v == null || Boolean.FALSE.equals(v)) return null;
        if (v instanceof Double d && d.isNaN() || v instanceof Collection<?> c && c.isEmpty()) return null;
        if (Boolean.TRUE.equals(v)) return "";
        if (v instanceof Number n && TIMES.contains(name)) {
            return n.doubleValue() < 0 ? "end \u2212 " + TimeFormat.clock(-n.doubleValue()) : TimeFormat.clock(n.doubleValue());
        }
        if (v instanceof Double || v instanceof Float) return number(((Number) v).doubleValue());
        if (v instanceof Enum<?> en) return en.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v instanceof Path p) return p.getFileName() == null ? p.toString() : p.getFileName().toString();
        if (v instanceof Record nested) return "(" + fields(nested) + ")";
        if (v instanceof Collection<?> items) {
            List<String> each = new ArrayList<>();
            for (Object i : items) each.add(i instanceof Record ir ? "(" + fields(ir) + ")" : String.valueOf(i));
            return "[" + String.join(", ", each) + "]";
        }
        return v.toString();
    }

    /** Up to three decimals, no trailing zeros, a real minus sign: "−3", "0.25", "50". */
    static String number(double d) {
        if (!Double.isFinite(d)) return Double.toString(d);
        String s = String.format(Locale.ROOT, "%.3f", d).replaceFirst("\\.?0+$", "");
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
