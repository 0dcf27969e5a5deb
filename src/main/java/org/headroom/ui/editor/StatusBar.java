package org.headroom.ui.editor;

import java.awt.FlowLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.headroom.analysis.TimeFormat;
import org.headroom.ui.common.ThemedLabel;

/**
 * The line under the waveform: selection start, end and length in the chosen
 * {@link TimeDisplay} (h:mm:ss.mmm unless the user picks another from the box here, as on
 * Audacity's time controls), the programme's length, how far the peak cache has got, the
 * autosave, and the last message.
 */
final class StatusBar extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient EditorSession session;
    private final transient ViewPort view;
    private final JLabel start = value("selStart");
    private final JLabel end = value("selEnd");
    private final JLabel length = value("selLength");
    private final JLabel duration = value("duration");
    private final JLabel cache = ThemedLabel.caption("");
    private final JLabel message = ThemedLabel.caption(" ");
    private final JComboBox<TimeFormat> formats = new JComboBox<>(TimeFormat.values());
    private long messageUntil;

    StatusBar(EditorSession session, ViewPort view) {
        super(new FlowLayout(FlowLayout.LEFT, 10, 2));
        this.session = session;
        this.view = view;
        setBorder(BorderFactory.createEmptyBorder(2, 0, 0, 0));
        add(ThemedLabel.caption("Start"));
        add(start);
        add(ThemedLabel.caption("End"));
        add(end);
        add(ThemedLabel.caption("Length"));
        add(length);
        add(ThemedLabel.caption("Programme"));
        add(duration);
        add(cache);
        add(formats);
        formats.setName("timeFormat");
        formats.setToolTipText("How times are shown here, in the findings and the edit points");
        formats.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(l, ((TimeFormat) v).label(), i, sel, focus);
            }
        });
        formats.setSelectedItem(TimeDisplay.current());
        formats.addActionListener(e -> TimeDisplay.choose((TimeFormat) formats.getSelectedItem()));
        message.setName("status");
        add(message);
        session.onChange(() -> refresh(false));
        refresh(false);
    }

    private static JLabel value(String name) {
        JLabel l = new JLabel();
        l.setName(name);
        l.setFont(l.getFont().deriveFont(java.awt.Font.BOLD));
        return l;
    }

    void refresh(boolean playing) {
        int rate = session.rate();
        if (formats.getSelectedItem() != TimeDisplay.current()) formats.setSelectedItem(TimeDisplay.current());
        start.setText(TimeDisplay.of(session.selStart(), rate));
        end.setText(TimeDisplay.of(session.selEnd(), rate));
        length.setText(TimeDisplay.of(session.selEnd() - session.selStart(), rate));
        duration.setText(TimeDisplay.of(session.map().frames(), rate));
        var peaks = session.scan().peaks();
        String c = peaks.isComplete() ? "peaks " + (peaks.bytes() < 1e6 ? String.format(Locale.ROOT, "%.0f kB", peaks.bytes() / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", peaks.bytes() / 1e6))
                : String.format(Locale.ROOT, "reading %.0f %%", 100.0 * peaks.builtFrames() / Math.max(1, session.format().frames()));
        var err = session.autosaver().lastError();
        if (err != null) c += " \u00b7 autosave failed: " + err.getMessage();
        else if (session.isModified()) c += " \u00b7 autosaved, not saved";
        cache.setText(c + String.format(Locale.ROOT, " \u00b7 zoom %s frames/px", view.fpp() >= 10 ? Long.toString(Math.round(view.fpp()))
                : String.format(Locale.ROOT, "%.2f", view.fpp())));
        if (messageUntil > 0 && System.currentTimeMillis() > messageUntil) {
            message.setText(" ");
            messageUntil = 0;
        }
    }

    void say(String text) {
        message.setText(text);
        messageUntil = System.currentTimeMillis() + 8000;
    }

    JLabel message() {
        return message;
    }
}
