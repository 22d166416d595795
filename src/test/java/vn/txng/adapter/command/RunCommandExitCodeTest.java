package vn.txng.adapter.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `run --once`'s exit code when several things went wrong at once: the ranking 3 > 4 > 5 > 2 > 0. */
class RunCommandExitCodeTest {

    @Test
    void should_name_the_portal_connection_before_an_unreachable_source() {
        assertThat(RunCommand.onceExitCode(RunCommand.CONNECTION_FAILED, false, true, false)).isEqualTo(RunCommand.CONNECTION_FAILED);
    }

    @Test
    void should_name_an_unreachable_source_before_records_left_for_retry() {
        assertThat(RunCommand.onceExitCode(RunCommand.LEFT_PENDING, false, true, false)).isEqualTo(RunCommand.SOURCE_UNREACHABLE);
    }

    @Test
    void should_exit_0_without_the_push_even_with_records_pending() {
        assertThat(RunCommand.onceExitCode(RunCommand.LEFT_PENDING, true, false, false)).isZero();
    }

    @Test
    void should_still_name_an_unreachable_source_without_the_push() {
        assertThat(RunCommand.onceExitCode(RunCommand.LEFT_PENDING, true, true, false)).isEqualTo(RunCommand.SOURCE_UNREACHABLE);
    }

    @Test
    void should_name_the_portal_connection_before_files_not_read() {
        assertThat(RunCommand.onceExitCode(RunCommand.CONNECTION_FAILED, false, false, true)).isEqualTo(RunCommand.CONNECTION_FAILED);
    }

    @Test
    void should_name_an_unreachable_source_before_files_not_read() {
        assertThat(RunCommand.onceExitCode(0, false, true, true)).isEqualTo(RunCommand.SOURCE_UNREACHABLE);
    }

    @Test
    void should_name_files_not_read_before_records_left_for_retry() {
        assertThat(RunCommand.onceExitCode(RunCommand.LEFT_PENDING, false, false, true)).isEqualTo(RunCommand.FILES_NOT_READ);
    }

    @Test
    void should_name_files_not_read_without_the_push() {
        assertThat(RunCommand.onceExitCode(0, true, false, true)).isEqualTo(RunCommand.FILES_NOT_READ);
    }
}
