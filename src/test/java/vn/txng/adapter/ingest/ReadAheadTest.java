package vn.txng.adapter.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** Two items, then the reader breaks off, as a file does that is cut after its second chunk. */
    private static Iterator<String> breaksAfterTwo() {
        Iterator<String> items = List.of("chunk 1", "chunk 2").iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (!items.hasNext()) {
                    throw new IllegalStateException("cut short");
                }
                return true;
            }

            @Override
            public String next() {
                return items.next();
            }
        };
    }

    @Test
    void should_still_say_more_follows_when_asked_right_after_the_last_item_before_a_break() {
        // Camel's split takes an item, then asks hasNext() before it processes the item
        try (ReadAhead<String> chunks = new ReadAhead<>(breaksAfterTwo(), "cut.xml")) {
            chunks.next();
            assertThat(chunks.next()).isEqualTo("chunk 2");

            assertThat(chunks.hasNext()).isTrue();
        }
    }

    @Test
    void should_throw_the_break_from_next_once_the_items_before_it_are_taken() {
        try (ReadAhead<String> chunks = new ReadAhead<>(breaksAfterTwo(), "cut.xml")) {
            chunks.next();
            chunks.next();

            assertThatThrownBy(chunks::next).isInstanceOf(IllegalStateException.class).hasMessage("cut short");
            assertThat(chunks.hasNext()).isFalse();
        }
    }
}
