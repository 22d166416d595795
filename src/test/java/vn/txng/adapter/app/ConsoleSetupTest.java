package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Where the console answers when the HTTP inbox keeps the server on every interface: the requests that came in on its bind address. */
class ConsoleSetupTest {

    @Test
    void should_answer_only_requests_that_came_in_on_a_loopback_address_by_default() {
        Predicate<String> servedOn = ConsoleSetup.servedOn("127.0.0.1");

        assertThat(servedOn.test("127.0.0.1")).isTrue();
        assertThat(servedOn.test("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(servedOn.test("10.20.30.40")).isFalse();
        assertThat(servedOn.test("")).isFalse();
    }

    @Test
    void should_answer_every_interface_when_bound_to_the_wildcard() {
        assertThat(ConsoleSetup.servedOn("0.0.0.0").test("10.20.30.40")).isTrue();
    }

    @Test
    void should_answer_only_its_own_address_when_bound_to_one() {
        Predicate<String> servedOn = ConsoleSetup.servedOn("10.20.30.40");

        assertThat(servedOn.test("10.20.30.40")).isTrue();
        assertThat(servedOn.test("127.0.0.1")).isFalse();
    }
}
