package vn.txng.adapter.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.outbox.OutboxBrowser.DayCount;

/**
 * The overview's chart as geometry for an inline SVG drawn on the server (no script): one pair of bars per day,
 * delivered and refused, scaled to the busiest day. Units are the SVG's user units ({@value #WIDTH} x {@value #HEIGHT}).
 */
public record DayChart(List<Bar> bars, long max) {

    public static final int DAYS = 30;
    public static final int WIDTH = 600;
    public static final int HEIGHT = 160;
    private static final int PLOT = HEIGHT - 20;

    /** A day's two bars: x and width of each, heights, and the counts (for the title a pointer shows). */
    public record Bar(LocalDate day, int x, int width, int deliveredHeight, int refusedHeight, long delivered, long refused,
            boolean labelled) {
        public int deliveredY() {
            return PLOT - deliveredHeight;
        }

        public int refusedY() {
            return PLOT - refusedHeight;
        }

        public int refusedX() {
            return x + width;
        }

        public String label() {
            return String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
        }
    }

    public int plotBottom() {
        return PLOT;
    }

    static DayChart of(List<DayCount> days) {
        long max = Math.max(1, days.stream().mapToLong(d -> Math.max(d.delivered(), d.refused())).max().orElse(1));
        int slot = WIDTH / Math.max(1, days.size());
        int width = Math.max(1, (slot - 2) / 2);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            bars.add(new Bar(day.day(), i * slot + 1, width, scale(day.delivered(), max), scale(day.refused(), max),
                    day.delivered(), day.refused(), i % 7 == 0 || i == days.size() - 1));
        }
        return new DayChart(bars, max);
    }

    private static int scale(long count, long max) {
        // a day with any record shows at least a sliver
        return count == 0 ? 0 : (int) Math.max(1, count * (PLOT - 4) / max);
    }
}
